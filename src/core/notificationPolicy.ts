import type { RejectionEvent, RejectionKind } from './rejection';

/** Kinds that deserve a toast on their first occurrence; the rest only update the status bar. */
const TOAST_KINDS: ReadonlySet<RejectionKind> = new Set(['extra-usage', 'api-credit', 'auth', 'plan-limit']);
/** Transient kinds toast only when they keep repeating within the window. */
const REPEAT_THRESHOLD = 5;
const REPEAT_WINDOW_MS = 10 * 60_000;

/** What the policy remembers between events; persisted so two windows and restarts agree. */
export interface NotificationMemory {
  /** `tool:kind` → ISO time of the last toast. */
  readonly lastShown: Readonly<Record<string, string>>;
  /** Request ids already handled (bounded, newest last). */
  readonly seenRequestIds: readonly string[];
  /** `tool:kind` → ISO times of recent transient rejections, for the repeat rule. */
  readonly recent: Readonly<Record<string, readonly string[]>>;
}

/** Memory with nothing in it. */
export const EMPTY_NOTIFICATION_MEMORY: NotificationMemory = { lastShown: {}, seenRequestIds: [], recent: {} };

/** User settings that shape the policy. */
export interface NotificationSettings {
  readonly cooldownMs: number;
  readonly suppressedKinds: readonly RejectionKind[];
}

/** Decision for one event, and the memory to keep afterwards. */
export interface NotificationDecision {
  readonly show: boolean;
  readonly reason: 'new' | 'historical' | 'duplicate-request' | 'cooldown' | 'suppressed' | 'transient' | 'repeating';
  readonly memory: NotificationMemory;
}

const MAX_REQUEST_IDS = 200;

/** Decides whether a rejection deserves a toast: new, not suppressed, not a retry of one already shown. */
export function decideNotification(
  event: RejectionEvent,
  memory: NotificationMemory,
  settings: NotificationSettings,
  now: Date,
): NotificationDecision {
  if (event.isHistorical) return { show: false, reason: 'historical', memory };
  if (event.requestId && memory.seenRequestIds.includes(event.requestId)) {
    return { show: false, reason: 'duplicate-request', memory };
  }
  const seenRequestIds = event.requestId
    ? [...memory.seenRequestIds, event.requestId].slice(-MAX_REQUEST_IDS)
    : memory.seenRequestIds;
  const key = `${event.origin.source}:${event.kind}`;
  const next: NotificationMemory = { ...memory, seenRequestIds };
  if (settings.suppressedKinds.includes(event.kind)) return { show: false, reason: 'suppressed', memory: next };
  if (!TOAST_KINDS.has(event.kind)) return decideTransient(key, next, now);
  const last = memory.lastShown[key];
  if (last !== undefined && now.getTime() - Date.parse(last) < settings.cooldownMs) {
    return { show: false, reason: 'cooldown', memory: next };
  }
  return { show: true, reason: 'new', memory: { ...next, lastShown: { ...next.lastShown, [key]: now.toISOString() } } };
}

function decideTransient(key: string, memory: NotificationMemory, now: Date): NotificationDecision {
  const cutoff = now.getTime() - REPEAT_WINDOW_MS;
  const times = [...(memory.recent[key] ?? []).filter((t) => Date.parse(t) >= cutoff), now.toISOString()];
  const recent = { ...memory.recent, [key]: times.slice(-REPEAT_THRESHOLD) };
  const last = memory.lastShown[key];
  const quiet = last === undefined || now.getTime() - Date.parse(last) >= REPEAT_WINDOW_MS;
  if (times.length >= REPEAT_THRESHOLD && quiet) {
    return { show: true, reason: 'repeating', memory: { ...memory, recent: { ...recent, [key]: [] }, lastShown: { ...memory.lastShown, [key]: now.toISOString() } } };
  }
  return { show: false, reason: 'transient', memory: { ...memory, recent } };
}
