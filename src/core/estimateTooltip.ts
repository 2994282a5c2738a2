import type { CreditEstimate } from './creditEstimate';
import { ENGLISH, type L10n } from './l10n';
import { formatMoney } from './money';
import { translatedToolLabel } from './toolLabels';
import { usageProfileLabel } from './usageProfiles';

type Money = (micros: number, approximate?: boolean) => string;

/**
 * The tooltip of the credit estimate, one Markdown line each: what it is based on (the confirmed balance and its
 * age, the spend since by tool, the pace and over how much use) and what it cannot know. The editor adds the
 * command links.
 */
export function estimateTooltipLines(e: CreditEstimate, rejected: boolean, l10n: L10n = ENGLISH): string[] {
  const currency = e.checkpoint?.currency ?? '$';
  const money: Money = (micros, approximate = false) => formatMoney(micros, { currency, approximate });
  const lines = [l10n.t('**Extra usage credit** (estimate)')];
  if (rejected) lines.push(l10n.t('A request was rejected: the extra usage balance is empty. Add credit at claude.ai/settings/usage, then confirm the new balance.'));
  lines.push(balanceBasisText(e, l10n));
  if (e.checkpoint && e.checkpointAgeHours !== null) lines.push(spentText(e, money, l10n));
  if (e.remainingMicros !== null) lines.push(l10n.t('Left: {0}.', money(e.remainingMicros, true)));
  if (e.limitingFactor === 'monthly-limit' && e.monthlyLimitLeftMicros !== null) {
    const left = money(e.monthlyLimitLeftMicros, true);
    lines.push(e.limitResetsAt
      ? l10n.t('The monthly spend limit runs out first: {0} left until it resets on {1}.', left, e.limitResetsAt.slice(0, 10))
      : l10n.t('The monthly spend limit runs out first: {0} left.', left));
  }
  lines.push(paceText(e, money, l10n));
  if (e.autoReload) {
    const r = e.autoReload;
    const [amount, threshold] = [money(r.amountMicros), money(r.thresholdMicros)];
    lines.push(r.hoursToNextReload === null
      ? l10n.t('Auto-reload adds {0} when the balance drops below {1}.', amount, threshold)
      : l10n.t('Auto-reload adds {0} when the balance drops below {1}; next in about {2} of use.', amount, threshold, hoursText(r.hoursToNextReload, l10n)));
  }
  if (e.currencyMismatch) lines.push(l10n.t('Spend is priced in US dollars and subtracted without conversion.'));
  if (e.unpricedModels.length > 0) lines.push(l10n.t('No price known for {0}: that spend is missing here.', e.unpricedModels.join(', ')));
  return lines;
}

function spentText(e: CreditEstimate, money: Money, l10n: L10n): string {
  const spent = money(e.spentSinceMicros ?? 0, true);
  const top = Object.entries(e.spentBySource).sort(([, a], [, b]) => b - a).slice(0, 3);
  if (top.length === 0) return l10n.t('Spent since: {0}.', spent);
  return l10n.t('Spent since: {0} ({1}).', spent, top.map(([s, m]) => `${translatedToolLabel(s, l10n)} ${money(m)}`).join(', '));
}

function paceText(e: CreditEstimate, money: Money, l10n: L10n): string {
  if (e.burnRate) {
    const pace = l10n.t('Pace: {0} an hour of active use, over your last {1} of use.', money(e.burnRate.microsPerHour, true), hoursText(e.burnRate.activeMs / 3_600_000, l10n));
    return e.hoursLeft === null ? pace : `${pace} ${l10n.t('About {0} of use left.', hoursText(e.hoursLeft, l10n))}`;
  }
  if (e.profile) {
    const label = usageProfileLabel(e.profile.id, l10n);
    const pace = l10n.t('Pace: no usage seen yet; "{0}" use costs about {1}–{2} an hour.', label, money(e.profile.lowMicrosPerHour), money(e.profile.highMicrosPerHour));
    if (!e.hoursLeftRange) return pace;
    return `${pace} ${l10n.t('About {0} to {1} of use left.', hoursText(e.hoursLeftRange.low, l10n), hoursText(e.hoursLeftRange.high, l10n))}`;
  }
  return l10n.t('Pace: unknown until usage is seen.');
}

function howText(how: string, l10n: L10n): string {
  switch (how) {
    case 'typed':
      return l10n.t('typed in');
    case 'claimed-credit':
      return l10n.t('credit claimed');
    case 'account':
      return l10n.t('read from the account');
    case 'reset':
      return l10n.t('reset');
    default:
      return how;
  }
}

/** What the estimate starts from, as one sentence: the confirmed balance, its age and how it was set, or none yet. */
export function balanceBasisText(e: CreditEstimate, l10n: L10n = ENGLISH): string {
  if (!e.checkpoint || e.checkpointAgeHours === null) return l10n.t('No balance confirmed yet: set it to see what is left.');
  const amount = formatMoney(e.checkpoint.amountMicros, { currency: e.checkpoint.currency });
  return l10n.t('Confirmed balance: {0}, {1} ago ({2}).', amount, ageText(e.checkpointAgeHours, l10n), howText(e.checkpoint.how, l10n));
}

function ageText(hours: number, l10n: L10n): string {
  if (hours < 1) return l10n.t('{0} min', Math.max(1, Math.round(hours * 60)));
  if (hours < 48) return l10n.t('{0} h', Math.round(hours));
  return l10n.t('{0} days', Math.round(hours / 24));
}

function hoursText(hours: number, l10n: L10n): string {
  if (hours < 1) return l10n.t('{0} min', Math.max(1, Math.round(hours * 60)));
  return l10n.t('{0} h', hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours));
}
