import { ENGLISH, type L10n } from './l10n';
import type { RejectionEvent, RejectionKind } from './rejection';
import { translatedToolLabel } from './toolLabels';

/** Buttons a rejection notification can carry; the editor maps each to a command. */
export type NotificationAction = 'claimCredit' | 'addApiCredits' | 'useApiKey' | 'explain' | 'dontShowAgain';

/** Text and buttons of one rejection notification (at most three buttons). */
export interface NotificationContent {
  readonly severity: 'warning' | 'information';
  readonly message: string;
  readonly actions: readonly NotificationAction[];
}

const ACTIONS: Readonly<Record<RejectionKind, readonly NotificationAction[]>> = {
  'extra-usage': ['claimCredit', 'useApiKey', 'explain'],
  'plan-limit': ['explain', 'useApiKey', 'dontShowAgain'],
  'rate-limit': ['explain', 'dontShowAgain'],
  overloaded: ['explain', 'dontShowAgain'],
  'api-credit': ['addApiCredits', 'explain', 'dontShowAgain'],
  auth: ['explain', 'useApiKey', 'dontShowAgain'],
  'not-billing': ['explain', 'dontShowAgain'],
};

/** Builds the notification for a rejection: names the tool and what happened, with fitting buttons. */
export function notificationContent(event: RejectionEvent, formatTime: (iso: string) => string, l10n: L10n = ENGLISH): NotificationContent {
  const what = whatHappened(event, formatTime, l10n);
  const transient = event.kind === 'rate-limit' || event.kind === 'overloaded';
  return {
    severity: transient || event.kind === 'not-billing' ? 'information' : 'warning',
    message: event.origin.source === 'terminal'
      ? l10n.t('A request from a terminal command was rejected: {0}', what)
      : l10n.t("{0}'s request was rejected: {1}", translatedToolLabel(event.origin.source, l10n), what),
    actions: ACTIONS[event.kind],
  };
}

/** What happened, as a clause that follows "…'s request was rejected:". */
function whatHappened(event: RejectionEvent, formatTime: (iso: string) => string, l10n: L10n): string {
  switch (event.kind) {
    case 'extra-usage':
      if (event.orgAdmin) return l10n.t('your organization has no extra usage left. A workspace admin has to claim or add credit.');
      if (event.creditOfferUsd !== null) {
        return l10n.t('third-party apps now draw from extra usage, which is empty. A one-time ${0} credit is waiting for you to claim.', event.creditOfferUsd);
      }
      return l10n.t('your Claude extra usage balance is empty. Waiting will not fix it.');
    case 'plan-limit':
      return event.resetsAt
        ? l10n.t('your Claude plan limit is reached; it resets {0}.', formatTime(event.resetsAt))
        : l10n.t('your Claude plan limit is reached.');
    case 'rate-limit':
      return l10n.t('too many requests; it is being rate limited (this passes by itself).');
    case 'overloaded':
      return l10n.t("Anthropic's servers are overloaded or failing (this usually passes by itself).");
    case 'api-credit':
      return l10n.t("the API key's credit balance is too low. Waiting will not fix it.");
    case 'auth':
      return l10n.t('the key or login was refused.');
    case 'not-billing':
      return l10n.t('the API refused the request itself (not a billing problem).');
    default: {
      const unreachable: never = event.kind;
      return unreachable;
    }
  }
}
