import { z } from 'zod';

/** How far one file has been read, and what it looked like then (to notice truncation and replacement). */
export const fileTailStateSchema = z.object({
  /** Byte position after the last complete line consumed; a partial last line is read again later. */
  offset: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  /** Inode and device as decimal strings (they can exceed 2^53 on Windows). */
  ino: z.string(),
  dev: z.string(),
  /** Fingerprint of the first `headLength` bytes: a replaced file with the same inode still differs. */
  headLength: z.number().int().nonnegative(),
  headHash: z.string(),
  /**
   * Inside a line given up (its skeleton passed the line cap, or it was still unfinished past the
   * pending limit, see `lineSplitter.ts`): skip to the next newline. A shorter unfinished line needs no
   * state: `offset` stops before it and it is read again from its start.
   */
  isSkippingLine: z.boolean(),
});
/** How far one file has been read. */
export type FileTailState = z.infer<typeof fileTailStateSchema>;

/** Per-task cursor of a task-history source whose files are rewritten whole (Cline and its forks). */
export const taskCursorSchema = z.object({
  /** The last message time already reported; later messages are new. */
  lastTs: z.number(),
  /** Requests seen before their token counts were written; looked at again until they have them. */
  pendingTs: z.array(z.number()).max(64).default([]),
  mtimeMs: z.number(),
});
/** Per-task cursor of a task-history source. */
export type TaskCursor = z.infer<typeof taskCursorSchema>;

/** Everything a restart needs so old events are not announced again, keyed by absolute path. */
export interface TailStates {
  readonly version: 1;
  readonly files: Record<string, FileTailState>;
  readonly tasks: Record<string, TaskCursor>;
}

const looseStatesSchema = z.object({
  version: z.literal(1),
  files: z.record(z.string(), z.unknown()).default({}),
  tasks: z.record(z.string(), z.unknown()).default({}),
});

/** A fresh, empty state. */
export function emptyTailStates(): TailStates {
  return { version: 1, files: {}, tasks: {} };
}

function keepValid<T>(entries: Record<string, unknown>, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [path, value] of Object.entries(entries)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out[path] = parsed.data;
  }
  return out;
}

/**
 * Reads persisted states tolerantly: an unknown version or shape gives an empty state, and one bad
 * entry is dropped alone (that file is then read from its start, which dedup keys make harmless).
 */
export function parseTailStates(raw: unknown): TailStates {
  const parsed = looseStatesSchema.safeParse(raw);
  if (!parsed.success) return emptyTailStates();
  return {
    version: 1,
    files: keepValid(parsed.data.files, fileTailStateSchema),
    tasks: keepValid(parsed.data.tasks, taskCursorSchema),
  };
}

/** Drops the entries whose path `isLive` rejects (deleted files and tasks), so the state stays small. */
export function pruneTailStates(states: TailStates, isLive: (path: string) => boolean): TailStates {
  const pick = <T>(entries: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(entries).filter(([path]) => isLive(path)));
  return { version: 1, files: pick(states.files), tasks: pick(states.tasks) };
}
