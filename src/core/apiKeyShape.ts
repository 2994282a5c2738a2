import { ENGLISH, type L10n } from './l10n';

/**
 * Checks that a pasted text looks like an Anthropic API key before it is stored or sent anywhere.
 * Returns a plain-words problem, or undefined when the shape is fine. Never echoes the text.
 */
export function apiKeyShapeProblem(text: string, l10n: L10n = ENGLISH): string | undefined {
  if (text.length === 0) return l10n.t('Paste a key first.');
  if (/\s/.test(text)) return l10n.t('The key contains spaces or line breaks. Copy it again, without anything around it.');
  if (!text.startsWith('sk-ant-')) return l10n.t('That does not look like an Anthropic API key: keys start with "sk-ant-".');
  if (text.startsWith('sk-ant-oat')) {
    return l10n.t('That is a Claude subscription login token, not an API key. Create an API key in the Anthropic Console instead.');
  }
  if (text.length < 20 || text.length > 300) return l10n.t('The key has an unusual length. Check that you copied all of it.');
  return undefined;
}
