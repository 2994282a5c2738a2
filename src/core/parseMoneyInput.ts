import { ENGLISH, type L10n } from './l10n';

/** A money amount the user typed: integer micro-units and the currency symbol they used. */
export interface MoneyInput {
  readonly micros: number;
  readonly currency: '$' | '€';
}

const MAX_AMOUNT = 1_000_000;

/**
 * Parses what a user types as a balance: `20`, `$20`, `20.50`, `€15,50`, `20 USD`, `$1,000`.
 * Returns a plain-words error instead of throwing.
 */
export function parseMoneyInput(raw: string, l10n: L10n = ENGLISH): MoneyInput | { error: string } {
  let text = raw.trim().replace(/\s+/g, '');
  if (text === '') return { error: l10n.t('Type an amount, for example 20 or $12.50.') };
  let currency: '$' | '€' = '$';
  if (/^(€|eur)|(€|eur)$/i.test(text)) currency = '€';
  text = text.replace(/^(\$|€|usd|eur)|(\$|€|usd|eur)$/gi, '');
  // A comma followed by exactly two digits at the end is a decimal comma (15,50); other commas group thousands.
  text = /,\d{2}$/.test(text) && !text.includes('.') ? text.replace(',', '.') : text.replace(/,/g, '');
  if (!/^\d+(\.\d{1,6})?$/.test(text)) return { error: l10n.t('"{0}" is not an amount. Type a number such as 20 or 12.50.', raw.trim()) };
  const value = Number(text);
  if (value > MAX_AMOUNT) return { error: l10n.t('That is more than {0}. Check the amount.', MAX_AMOUNT.toLocaleString('en-US')) };
  return { micros: Math.round(value * 1_000_000), currency };
}
