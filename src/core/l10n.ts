/**
 * A translator shaped like `vscode.l10n` and `@vscode/l10n`: `t` takes one whole English message (the bundle key)
 * and fills `{0}`, `{1}` … with `args`. The core never imports `vscode`: the editor passes `vscode.l10n`, the panel
 * script `@vscode/l10n`, and the CLI and tests get {@link ENGLISH}. Name the parameter `l10n` and give `t` one
 * string literal first, so the bundle export (scripts/exportL10n.mjs) finds the message.
 */
export interface L10n {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** Fills `{0}`, `{1}` … with `args` as `vscode.l10n.t` does: a placeholder without an argument stays as written. */
export function formatMessage(message: string, args: ReadonlyArray<string | number | boolean>): string {
  if (args.length === 0) return message;
  return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

/** The untranslated messages, formatted: the default of every core function that produces text. */
export const ENGLISH: L10n = { t: (message, ...args) => formatMessage(message, args) };
