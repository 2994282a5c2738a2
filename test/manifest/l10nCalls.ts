import fs from 'node:fs';
import path from 'node:path';

/** One `l10n.t(` call in the sources: its message when the first argument is a plain string literal. */
export interface L10nCall {
  readonly file: string;
  readonly line: number;
  /** What `t` is called on: `l10n`, `vscode.l10n`, or (unseen by the bundle export) something like `w.l10n`. */
  readonly receiver: string;
  readonly message: string | undefined;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * Every `l10n.t(` call in the TypeScript files under `dir`. A call whose first argument is not one
 * string literal (a variable, a concatenation, a template with `${}`) has no message: such a string
 * cannot be extracted into the bundle, so it would never be translated.
 */
export function l10nCalls(dir: string): L10nCall[] {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  return files.flatMap((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return [...text.matchAll(/(?:([\w$]+)\.)?\bl10n\.t\(\s*/g)].map((match) => ({
      file: path.join(dir, file),
      line: text.slice(0, match.index).split('\n').length,
      receiver: match[1] === undefined ? 'l10n' : `${match[1]}.l10n`,
      message: literalAt(text, match.index + match[0].length),
    }));
  });
}

/** The value of the string literal starting at `start`, if it is one literal followed by `,` or `)`. */
function literalAt(text: string, start: number): string | undefined {
  const quote = text[start];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === quote) return /^\s*[,)]/.test(text.slice(i + 1)) ? value : undefined;
    if (quote === '`' && c === '$' && text[i + 1] === '{') return undefined;
    if (c === '\n' && quote !== '`') return undefined;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = text[++i] ?? '';
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
      value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next !== '\n') {
      value += ESCAPES[next] ?? next;
    }
  }
  return undefined;
}
