import { ENGLISH, type L10n } from './l10n';

/** The ids of the usage profiles, as the `credit.usageProfile` setting takes them. */
export const USAGE_PROFILE_IDS = ['light-chat', 'autocomplete', 'single-agent', 'heavy-agent', 'parallel-agents'] as const;

/** A usage profile id, as in the `credit.usageProfile` setting. */
export type UsageProfileId = (typeof USAGE_PROFILE_IDS)[number];

/** A typical cost-per-hour range of one way of using AI tools, in micro-dollars an hour. */
export interface UsageProfile {
  readonly id: UsageProfileId;
  readonly label: string;
  readonly lowMicrosPerHour: number;
  readonly highMicrosPerHour: number;
}

/**
 * Published rules of thumb for extra usage spend per hour of use (see the April 2026 billing change): chat-only
 * use of an editor extension, autocomplete with chat, one coding agent at a normal pace (Claude Code CLI's
 * single-agent figure), heavy agent mode with multi-file edits, and five or more agents in parallel.
 */
export const USAGE_PROFILES: Readonly<Record<UsageProfileId, UsageProfile>> = {
  'light-chat': { id: 'light-chat', label: usageProfileLabel('light-chat'), lowMicrosPerHour: 100_000, highMicrosPerHour: 300_000 },
  autocomplete: { id: 'autocomplete', label: usageProfileLabel('autocomplete'), lowMicrosPerHour: 500_000, highMicrosPerHour: 1_500_000 },
  'single-agent': { id: 'single-agent', label: usageProfileLabel('single-agent'), lowMicrosPerHour: 1_000_000, highMicrosPerHour: 3_000_000 },
  'heavy-agent': { id: 'heavy-agent', label: usageProfileLabel('heavy-agent'), lowMicrosPerHour: 2_000_000, highMicrosPerHour: 5_000_000 },
  'parallel-agents': { id: 'parallel-agents', label: usageProfileLabel('parallel-agents'), lowMicrosPerHour: 5_000_000, highMicrosPerHour: 15_000_000 },
};

/** The words for a usage profile, as in `"one agent" use costs about…` (`label` above is the English one). */
export function usageProfileLabel(id: UsageProfileId, l10n: L10n = ENGLISH): string {
  switch (id) {
    case 'light-chat':
      return l10n.t('light chat');
    case 'autocomplete':
      return l10n.t('autocomplete and chat');
    case 'single-agent':
      return l10n.t('one agent');
    case 'heavy-agent':
      return l10n.t('heavy agent mode');
    case 'parallel-agents':
      return l10n.t('parallel agents');
    default: {
      const unreachable: never = id;
      return unreachable;
    }
  }
}
