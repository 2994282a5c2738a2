/** An error text with its escaping peeled off, and the message strings found in its JSON layers. */
export interface UnwrappedErrorText {
  /** The text with every level of string escaping decoded (JSON inside a JSON string inside …). */
  readonly flat: string;
  /** Values of `message`/`error`/`detail`/`result` string fields, outermost first, each decoded. */
  readonly messages: readonly string[];
}

const MAX_LEVELS = 6;
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["'\\/bfnrt]))/g;
const SIMPLE: Readonly<Record<string, string>> = { b: '', f: '', n: '\n', r: '', t: ' ' };
// A string field; the body alternatives are disjoint, so matching is linear. Raw newlines end a string.
const FIELD = /["'](?:message|error|detail|error_message|errorMessage|result)["']\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')/g;
const MAX_MESSAGES = 32;

/**
 * Peels the wrappers tools print around an API error: JSON embedded as an escaped string inside JSON
 * (Cline's failure records, OpenRouter's `metadata.raw`, Claude Code's error logs), at any depth up to six.
 */
export function unwrapErrorText(text: string): UnwrappedErrorText {
  const messages: string[] = [];
  let layer = text;
  for (let level = 0; level < MAX_LEVELS; level++) {
    collectMessages(layer, messages);
    if (!layer.includes('\\')) break;
    const next = decodeOnce(layer);
    if (next === layer) break;
    layer = next;
  }
  return { flat: layer, messages };
}

function decodeOnce(text: string): string {
  return text.replace(ESCAPE, (_all, hex: string | undefined, simple: string | undefined) => {
    if (hex !== undefined) return String.fromCharCode(parseInt(hex, 16));
    return simple !== undefined ? SIMPLE[simple] ?? simple : '';
  });
}

function collectMessages(layer: string, into: string[]): void {
  if (!layer.includes('"') && !layer.includes("'")) return;
  for (const m of layer.matchAll(FIELD)) {
    if (into.length >= MAX_MESSAGES) return;
    const body = m[1] ?? m[2] ?? '';
    const value = body.includes('\\') ? decodeOnce(body) : body;
    if (value.trim() !== '' && !into.includes(value)) into.push(value);
  }
}
