import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import type { TaskRoot } from './clineTaskFolders';
import { readClineTask } from './readClineTask';
import type { RejectionClassifier } from './rejectionClassifier';
import type { UnreadableEntry } from './scanStats';
import type { TailStates } from './tailState';

export interface ClineScanOptions {
  readonly classify: RejectionClassifier;
  readonly onUsage?: (event: UsageEvent) => void;
  readonly onRejection?: (event: RejectionEvent) => void;
  readonly isHistorical: boolean;
  /** Per-task cursors (`tasks`), updated in place; unchanged tasks are not read. */
  readonly states: TailStates;
  readonly signal?: AbortSignal;
}

export interface ClineScanStats {
  tasks: number;
  usageEvents: number;
  rejections: number;
  malformed: number;
  unreadable: UnreadableEntry[];
}

/** Reads every changed task under the given roots, reporting only messages newer than each task's cursor. */
export async function scanClineTasks(roots: readonly TaskRoot[], options: ClineScanOptions): Promise<ClineScanStats> {
  const stats: ClineScanStats = { tasks: 0, usageEvents: 0, rejections: 0, malformed: 0, unreadable: [] };
  for (const root of roots) {
    const taskIds = await fsp.readdir(root.tasksDir).catch(() => [] as string[]);
    for (const taskId of taskIds.sort()) {
      options.signal?.throwIfAborted();
      await scanTask(root, taskId, options, stats);
    }
  }
  return stats;
}

async function scanTask(root: TaskRoot, taskId: string, options: ClineScanOptions, stats: ClineScanStats): Promise<void> {
  const taskDir = path.join(root.tasksDir, taskId);
  const st = await fsp.stat(path.join(taskDir, 'ui_messages.json')).catch(() => undefined);
  const cursor = options.states.tasks[taskDir];
  if (!st?.isFile() || (cursor && Math.floor(cursor.mtimeMs) === Math.floor(st.mtimeMs))) return;
  const result = await readClineTask(taskDir, {
    taskId, source: root.source, classify: options.classify, isHistorical: options.isHistorical,
    location: `${root.source} task ${taskId}`,
    ...(cursor ? { afterTs: cursor.lastTs, pendingTs: cursor.pendingTs } : {}),
  });
  if (result.status === 'missing') return;
  if (result.status === 'unreadable') {
    stats.unreadable.push({ path: taskDir, reason: result.reason });
    return;
  }
  options.states.tasks[taskDir] = { lastTs: result.lastTs, pendingTs: result.pendingTs, mtimeMs: st.mtimeMs };
  stats.tasks++;
  stats.malformed += result.malformed;
  for (const usage of result.usage) options.onUsage?.(usage);
  for (const rejection of result.rejections) options.onRejection?.(rejection);
  stats.usageEvents += result.usage.length;
  stats.rejections += result.rejections.length;
}
