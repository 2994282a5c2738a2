import type { Explanation } from './explanation';

/** Formats an ISO time for the terminal; the default is fixed (UTC) so the output is reproducible. */
export type TimeFormatter = (iso: string) => string;

const utc: TimeFormatter = (iso) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

/** Renders an explanation as plain text for a terminal: title, pool, waiting, summary, steps, pitfalls, links. */
export function formatExplanationText(e: Explanation, formatTime: TimeFormatter = utc): string {
  const lines = [e.title, '='.repeat(Math.min(e.title.length, 72)), ''];
  lines.push(`Balance:  ${e.poolLabel}`);
  lines.push(`Waiting:  ${waitingLine(e, formatTime)}`, '');
  lines.push(e.summary, '');
  if (e.steps.length > 0) lines.push('What to do:', ...e.steps.map((s, i) => `  ${i + 1}. ${s}`), '');
  if (e.pitfalls.length > 0) lines.push('Worth knowing:', ...e.pitfalls.map((p) => `  - ${p}`), '');
  if (e.links.length > 0) lines.push('Links:', ...e.links.map((l) => `  ${l.label}: ${l.url}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function waitingLine(e: Explanation, formatTime: TimeFormatter): string {
  if (!e.waitingHelps) return 'will not help';
  return e.waitUntil ? `helps; it clears at ${formatTime(e.waitUntil)}` : 'helps; it usually clears by itself';
}
