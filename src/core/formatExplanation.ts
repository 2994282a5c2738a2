import type { Explanation } from './explanation';
import { ENGLISH, type L10n } from './l10n';

/** Formats an ISO time for the terminal; the default is fixed (UTC) so the output is reproducible. */
export type TimeFormatter = (iso: string) => string;

const utc: TimeFormatter = (iso) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

/** Renders an explanation as plain text for a terminal: title, pool, waiting, summary, steps, pitfalls, links. */
export function formatExplanationText(e: Explanation, formatTime: TimeFormatter = utc, l10n: L10n = ENGLISH): string {
  const lines = [e.title, '='.repeat(Math.min(e.title.length, 72)), ''];
  lines.push(l10n.t('Balance:  {0}', e.poolLabel));
  lines.push(waitingLine(e, formatTime, l10n), '');
  lines.push(e.summary, '');
  if (e.steps.length > 0) lines.push(l10n.t('What to do:'), ...e.steps.map((s, i) => `  ${i + 1}. ${s}`), '');
  if (e.pitfalls.length > 0) lines.push(l10n.t('Worth knowing:'), ...e.pitfalls.map((p) => `  - ${p}`), '');
  if (e.links.length > 0) lines.push(l10n.t('Links:'), ...e.links.map((l) => `  ${l.label}: ${l.url}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function waitingLine(e: Explanation, formatTime: TimeFormatter, l10n: L10n): string {
  if (!e.waitingHelps) return l10n.t('Waiting:  will not help');
  return e.waitUntil ? l10n.t('Waiting:  helps; it clears at {0}', formatTime(e.waitUntil)) : l10n.t('Waiting:  helps; it usually clears by itself');
}
