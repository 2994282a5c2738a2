import * as vscode from 'vscode';
import { z } from 'zod';
import { decideNotification, EMPTY_NOTIFICATION_MEMORY, type NotificationMemory } from '../core/notificationPolicy';
import type { RejectionEvent } from '../core/rejection';
import { addToHistory, rejectionHistorySchema, rejectionIdentity } from '../core/rejectionHistory';
import type { Logger } from './logger';
import type { SettingsService } from './settings';

const HISTORY_KEY = 'extraUsageGuard.rejections';
const MEMORY_KEY = 'extraUsageGuard.notificationMemory';
const memorySchema = z.object({
  lastShown: z.record(z.string(), z.string()),
  seenRequestIds: z.array(z.string()),
  recent: z.record(z.string(), z.array(z.string())),
});

/** The event bus for rejections: sources and tests publish, views listen. History and dedupe persist. */
export interface RejectionCenter extends vscode.Disposable {
  publish(event: RejectionEvent): void;
  history(): readonly RejectionEvent[];
  readonly onDidChange: vscode.Event<void>;
  /** Fires for each rejection that deserves a notification. */
  readonly onShouldNotify: vscode.Event<RejectionEvent>;
}

/**
 * Creates the rejection center over global state (shared by every window of the editor). `claim` decides, across
 * windows, which one shows a toast: two windows reading the same transcript see the same line at the same moment,
 * before either's global-state write reaches the other.
 */
export function createRejectionCenter(
  state: vscode.Memento,
  settings: SettingsService,
  logger: Logger,
  claim: (key: string) => boolean = () => true,
): RejectionCenter {
  const changed = new vscode.EventEmitter<void>();
  const notify = new vscode.EventEmitter<RejectionEvent>();
  const read = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    // Nothing stored yet is the usual case: skip the failing parse (zod builds an error object for it).
    const raw = state.get<unknown>(key);
    const parsed = raw === undefined ? undefined : schema.safeParse(raw);
    return parsed?.success ? parsed.data : fallback;
  };
  const history = (): RejectionEvent[] => read(HISTORY_KEY, rejectionHistorySchema, []);
  return {
    history,
    onDidChange: changed.event,
    onShouldNotify: notify.event,
    publish(event) {
      const next = addToHistory(history(), event);
      if (!next) return;
      void state.update(HISTORY_KEY, next);
      const memory: NotificationMemory = read(MEMORY_KEY, memorySchema, EMPTY_NOTIFICATION_MEMORY);
      const policy = {
        cooldownMs: settings.current['notifications.cooldownMinutes'] * 60_000,
        suppressedKinds: settings.current['notifications.suppressedKinds'],
      };
      const decision = decideNotification(event, memory, policy, new Date());
      void state.update(MEMORY_KEY, decision.memory);
      const show = decision.show && claim(`rejection:${rejectionIdentity(event)}`);
      const reason = decision.show && !show ? 'shown by another window' : decision.reason;
      logger.info(`Rejection seen: ${event.kind} from ${event.origin.source}${event.requestId ? ` (${event.requestId})` : ''}; notification: ${reason}.`);
      changed.fire();
      if (show) notify.fire(event);
    },
    dispose() {
      changed.dispose();
      notify.dispose();
    },
  };
}
