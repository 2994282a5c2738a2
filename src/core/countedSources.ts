/**
 * Tools whose spend draws from extra usage unless the user says otherwise. Claude Code's own use counts
 * against the plan's limits, so it is off until the user says it runs on extra usage.
 */
const DEFAULTS: Readonly<Record<string, boolean>> = { 'claude-code': false };

/** A predicate over tool ids: does this tool's spend count against the extra usage balance? */
export function countedSources(overrides: Readonly<Record<string, boolean>>): (source: string) => boolean {
  return (source) => overrides[source] ?? DEFAULTS[source] ?? true;
}
