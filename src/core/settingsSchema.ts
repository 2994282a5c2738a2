import { z } from 'zod';
import { REJECTION_KINDS } from './rejectionKinds';
import { USAGE_PROFILE_IDS } from './usageProfiles';

/** Usage profiles a user can pick when there is no usage history yet. */
export { USAGE_PROFILE_IDS } from './usageProfiles';

/**
 * Every `extraUsageGuard.*` setting with its default. Each key is validated on its own, so one bad
 * value falls back to its default without discarding the others.
 */
export const SETTING_SCHEMAS = {
  'notifications.cooldownMinutes': z.number().min(0).max(24 * 60).default(30),
  'notifications.suppressedKinds': z.array(z.enum(REJECTION_KINDS)).default([]),
  'statusBar.enabled': z.boolean().default(true),
  'statusBar.lowBalanceThreshold': z.number().min(0).default(5),
  'sources.claudeCode.enabled': z.boolean().default(true),
  'sources.taskHistories.enabled': z.boolean().default(true),
  'sources.terminal.enabled': z.boolean().default(true),
  'sources.outputLogs.enabled': z.boolean().default(false),
  'sources.extraFolders': z.array(z.string().min(1)).default([]),
  'sources.terminalCommands': z.array(z.string().min(1)).default([]),
  'sources.maxAgeDays': z.number().int().min(1).max(3650).default(30),
  'credit.countedSources': z.record(z.string(), z.boolean()).default({}),
  'credit.usageProfile': z.enum(USAGE_PROFILE_IDS).default('single-agent'),
  'credit.monthlySpendLimit': z.number().min(0).nullable().default(null),
  'credit.alertThresholds': z
    .object({ remainingUsd: z.number().min(0).default(5), spentPercent: z.number().min(1).max(100).default(80) })
    .default({}),
  'credit.priceOverrides': z.record(z.string(), z.unknown()).default({}),
  apiBaseUrl: z.string().url().default('https://api.anthropic.com'),
} as const;

/** A setting key below `extraUsageGuard.`. */
export type SettingKey = keyof typeof SETTING_SCHEMAS;
/** The validated value of every setting. */
export type Settings = { readonly [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };

/** Validates raw values (undefined = not set); a bad one falls back to its default and is reported by key. */
export function parseSettings(read: (key: SettingKey) => unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const entries = (Object.keys(SETTING_SCHEMAS) as SettingKey[]).map((key) => {
    const schema = SETTING_SCHEMAS[key];
    const parsed = schema.safeParse(read(key));
    if (parsed.success) return [key, parsed.data];
    problems.push(`Setting extraUsageGuard.${key} is invalid (${parsed.error.issues[0]?.message ?? 'bad value'}); using its default.`);
    return [key, schema.parse(undefined)];
  });
  return { settings: Object.fromEntries(entries) as Settings, problems };
}
