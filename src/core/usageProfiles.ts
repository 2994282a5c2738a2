import type { USAGE_PROFILE_IDS } from './settingsSchema';

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
  'light-chat': { id: 'light-chat', label: 'light chat', lowMicrosPerHour: 100_000, highMicrosPerHour: 300_000 },
  autocomplete: { id: 'autocomplete', label: 'autocomplete and chat', lowMicrosPerHour: 500_000, highMicrosPerHour: 1_500_000 },
  'single-agent': { id: 'single-agent', label: 'one agent', lowMicrosPerHour: 1_000_000, highMicrosPerHour: 3_000_000 },
  'heavy-agent': { id: 'heavy-agent', label: 'heavy agent mode', lowMicrosPerHour: 2_000_000, highMicrosPerHour: 5_000_000 },
  'parallel-agents': { id: 'parallel-agents', label: 'parallel agents', lowMicrosPerHour: 5_000_000, highMicrosPerHour: 15_000_000 },
};
