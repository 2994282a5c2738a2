import type { CreditEstimate } from './creditEstimate';
import { formatMoney } from './money';
import { toolLabel } from './toolLabels';

const HOW: Readonly<Record<string, string>> = {
  typed: 'typed in',
  'claimed-credit': 'credit claimed',
  account: 'read from the account',
  reset: 'reset',
};

/**
 * The tooltip of the credit estimate, one Markdown line each: what it is based on (the confirmed balance and its
 * age, the spend since by tool, the pace and over how much use) and what it cannot know. The editor adds the
 * command links.
 */
export function estimateTooltipLines(e: CreditEstimate, rejected: boolean): string[] {
  const currency = e.checkpoint?.currency ?? '$';
  const money = (micros: number, approximate = false): string => formatMoney(micros, { currency, approximate });
  const lines = ['**Extra usage credit** (estimate)'];
  if (rejected) lines.push('A request was rejected: the extra usage balance is empty. Add credit at claude.ai/settings/usage, then confirm the new balance.');
  if (e.checkpoint && e.checkpointAgeHours !== null) {
    lines.push(`Confirmed balance: ${money(e.checkpoint.amountMicros)}, ${ageText(e.checkpointAgeHours)} ago (${HOW[e.checkpoint.how] ?? e.checkpoint.how}).`);
    lines.push(`Spent since: ${money(e.spentSinceMicros ?? 0, true)}${bySourceText(e.spentBySource, (m) => money(m))}.`);
  } else lines.push('No balance confirmed yet: set it to see what is left.');
  if (e.remainingMicros !== null) lines.push(`Left: ${money(e.remainingMicros, true)}.`);
  if (e.limitingFactor === 'monthly-limit' && e.monthlyLimitLeftMicros !== null) {
    const reset = e.limitResetsAt ? ` until it resets on ${e.limitResetsAt.slice(0, 10)}` : '';
    lines.push(`The monthly spend limit runs out first: ${money(e.monthlyLimitLeftMicros, true)} left${reset}.`);
  }
  lines.push(paceText(e, money));
  if (e.autoReload) {
    const r = e.autoReload;
    const next = r.hoursToNextReload === null ? '' : `; next in about ${hoursText(r.hoursToNextReload)} of use`;
    lines.push(`Auto-reload adds ${money(r.amountMicros)} when the balance drops below ${money(r.thresholdMicros)}${next}.`);
  }
  if (e.currencyMismatch) lines.push('Spend is priced in US dollars and subtracted without conversion.');
  if (e.unpricedModels.length > 0) lines.push(`No price known for ${e.unpricedModels.join(', ')}: that spend is missing here.`);
  return lines;
}

function paceText(e: CreditEstimate, money: (m: number, approximate?: boolean) => string): string {
  if (e.burnRate) {
    const time = e.hoursLeft === null ? '' : ` About ${hoursText(e.hoursLeft)} of use left.`;
    return `Pace: ${money(e.burnRate.microsPerHour, true)} an hour of active use, over your last ${hoursText(e.burnRate.activeMs / 3_600_000)} of use.${time}`;
  }
  if (e.profile) {
    const range = e.hoursLeftRange ? ` About ${hoursText(e.hoursLeftRange.low)} to ${hoursText(e.hoursLeftRange.high)} of use left.` : '';
    return `Pace: no usage seen yet; "${e.profile.label}" use costs about ${money(e.profile.lowMicrosPerHour)}–${money(e.profile.highMicrosPerHour)} an hour.${range}`;
  }
  return 'Pace: unknown until usage is seen.';
}

function bySourceText(bySource: Readonly<Record<string, number>>, money: (m: number) => string): string {
  const top = Object.entries(bySource).sort(([, a], [, b]) => b - a).slice(0, 3);
  return top.length === 0 ? '' : ` (${top.map(([s, m]) => `${toolLabel(s)} ${money(m)}`).join(', ')})`;
}

function ageText(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}

function hoursText(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  return hours < 10 ? `${Math.round(hours * 10) / 10} h` : `${Math.round(hours)} h`;
}
