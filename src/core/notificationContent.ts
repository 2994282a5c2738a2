import type { RejectionEvent, RejectionKind } from './rejection';
import { toolLabel } from './toolLabels';

/** Buttons a rejection notification can carry; the editor maps each to a command. */
export type NotificationAction = 'claimCredit' | 'addApiCredits' | 'useApiKey' | 'explain' | 'dontShowAgain';

/** Text and buttons of one rejection notification (at most three buttons). */
export interface NotificationContent {
  readonly severity: 'warning' | 'information';
  readonly message: string;
  readonly actions: readonly NotificationAction[];
}

const WHAT_HAPPENED: Readonly<Record<RejectionKind, string>> = {
  'extra-usage': 'your Claude extra usage balance is empty. Waiting will not fix it.',
  'plan-limit': 'your Claude plan limit is reached.',
  'rate-limit': 'too many requests; it is being rate limited (this passes by itself).',
  overloaded: "Anthropic's servers are overloaded or failing (this usually passes by itself).",
  'api-credit': "the API key's credit balance is too low. Waiting will not fix it.",
  auth: 'the key or login was refused.',
  'not-billing': 'the API refused the request itself (not a billing problem).',
};

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
export function notificationContent(event: RejectionEvent, formatTime: (iso: string) => string): NotificationContent {
  const tool = toolLabel(event.origin.source);
  const subject = event.origin.source === 'terminal' ? 'A request from a terminal command' : `${tool}'s request`;
  let what = WHAT_HAPPENED[event.kind];
  if (event.kind === 'extra-usage' && event.orgAdmin) what = 'your organization has no extra usage left. A workspace admin has to claim or add credit.';
  if (event.kind === 'extra-usage' && event.creditOfferUsd !== null && !event.orgAdmin) {
    what = `third-party apps now draw from extra usage, which is empty. A one-time $${event.creditOfferUsd} credit is waiting for you to claim.`;
  }
  if (event.kind === 'plan-limit' && event.resetsAt) what = `your Claude plan limit is reached; it resets ${formatTime(event.resetsAt)}.`;
  const transient = event.kind === 'rate-limit' || event.kind === 'overloaded';
  return {
    severity: transient || event.kind === 'not-billing' ? 'information' : 'warning',
    message: `${subject} was rejected: ${what}`,
    actions: ACTIONS[event.kind],
  };
}
