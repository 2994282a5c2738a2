/** AI command-line tools whose terminal output is worth reading. */
export const KNOWN_AI_COMMANDS: readonly string[] = ['claude', 'opencode', 'aider', 'codex', 'gemini', 'cline', 'goose', 'crush', 'kilo', 'ccr'];

const WRAPPERS = new Set(['npx', 'bunx', 'pnpx', 'pnpm', 'yarn', 'npm', 'exec', 'env', 'sudo', 'time', 'nohup', 'dlx', 'run', 'x']);

/**
 * Returns the AI tool a shell command line runs (`npx claude -p …` → `claude`), or undefined.
 * Only the first real word counts, after wrappers and `VAR=value` assignments.
 */
export function matchAiCommand(commandLine: string, extra: readonly string[] = []): string | undefined {
  const known = new Set([...KNOWN_AI_COMMANDS, ...extra.map((c) => c.toLowerCase())]);
  for (const word of commandLine.trim().split(/\s+/).slice(0, 6)) {
    if (word === '' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || WRAPPERS.has(word) || word.startsWith('-')) continue;
    const base = (word.split(/[\\/]/).pop() ?? word).replace(/\.(exe|cmd|js)$/i, '').replace(/@.*$/, '').toLowerCase();
    if (known.has(base)) return base;
    // Scoped packages: `@anthropic-ai/claude-code` runs `claude`.
    const scoped = word.toLowerCase().match(/^@[\w-]+\/([\w-]+)/)?.[1];
    const name = scoped === 'claude-code' ? 'claude' : scoped;
    return name !== undefined && known.has(name) ? name : undefined;
  }
  return undefined;
}
