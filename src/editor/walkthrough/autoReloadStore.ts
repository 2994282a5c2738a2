import type * as vscode from 'vscode';
import { z } from 'zod';

const KEY = 'extraUsageGuard.autoReload';

/** The auto-reload the user says they turned on at claude.ai: below the threshold, the amount is added. */
export const autoReloadSettingsSchema = z.object({
  thresholdMicros: z.number().int().nonnegative(),
  amountMicros: z.number().int().positive(),
  currency: z.enum(['$', '€']),
  savedAt: z.string(),
});
/** Recorded auto-reload settings. */
export type AutoReloadSettings = z.infer<typeof autoReloadSettingsSchema>;

/** Reads and writes the recorded auto-reload in global state; a malformed value reads as "none". */
export interface AutoReloadStore {
  get(): AutoReloadSettings | undefined;
  set(value: AutoReloadSettings | undefined): Thenable<void>;
}

/** Creates the store over a memento (global state, shared by all windows). */
export function createAutoReloadStore(memento: vscode.Memento): AutoReloadStore {
  return {
    get() {
      // Nothing recorded is the usual case: skip the failing parse (zod builds an error object for it).
      const raw = memento.get<unknown>(KEY);
      const parsed = raw === undefined ? undefined : autoReloadSettingsSchema.safeParse(raw);
      return parsed?.success ? parsed.data : undefined;
    },
    set: (value) => memento.update(KEY, value),
  };
}
