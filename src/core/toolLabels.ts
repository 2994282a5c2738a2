import { ENGLISH, type L10n } from './l10n';

/** Product names, the same in every language. */
const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  'claude-code': 'Claude Code',
  cline: 'Cline',
  'roo-code': 'Roo Code',
  'kilo-code': 'Kilo Code',
  opencode: 'OpenCode',
};

/** Human name of a tool id (`cline` → `Cline`) in English; unknown ids are shown as they are. */
export function toolLabel(source: string): string {
  return translatedToolLabel(source, ENGLISH);
}

/** {@link toolLabel} in the language of `l10n` (a separate function so `toolLabel` stays usable in `map`). */
export function translatedToolLabel(source: string, l10n: L10n): string {
  return PRODUCT_NAMES[source] ?? describedSource(source, l10n) ?? source;
}

function describedSource(source: string, l10n: L10n): string | undefined {
  switch (source) {
    case 'terminal':
      return l10n.t('a terminal command');
    case 'output-log':
      return l10n.t('an extension log');
    case 'pasted':
      return l10n.t('pasted text');
    case 'selection':
      return l10n.t('the selected text');
    case 'test':
      return l10n.t('a test');
    default:
      return undefined;
  }
}
