import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { parseClineTask, type ClineTaskContext, type ClineTaskResult } from './parseClineTask';
import { fsErrorCode } from './fsErrorCode';

/** Bigger task histories are skipped (they are parsed whole, as they are rewritten whole). */
export const MAX_TASK_FILE_BYTES = 64 * 1024 * 1024;

const taskMetadataSchema = z
  .object({
    model_usage: z.array(z.object({ ts: z.number(), model_id: z.string() }).passthrough()).nullish(),
  })
  .passthrough();

export type ReadTaskResult =
  | ({ readonly status: 'read' } & ClineTaskResult)
  | { readonly status: 'missing' }
  | { readonly status: 'unreadable'; readonly reason: string };

async function modelUsageOf(taskDir: string): Promise<{ ts: number; modelId: string }[] | undefined> {
  try {
    const parsed = taskMetadataSchema.safeParse(JSON.parse(await fsp.readFile(path.join(taskDir, 'task_metadata.json'), 'utf8')));
    return parsed.success ? (parsed.data.model_usage ?? []).map((m) => ({ ts: m.ts, modelId: m.model_id })) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one task folder: `ui_messages.json` (written atomically, so read whole) and the model history of
 * `task_metadata.json` when present. Errors come back as a code, never as content.
 */
export async function readClineTask(taskDir: string, context: Omit<ClineTaskContext, 'modelUsage'>): Promise<ReadTaskResult> {
  const file = path.join(taskDir, 'ui_messages.json');
  let text: string;
  try {
    const st = await fsp.stat(file);
    if (st.size > MAX_TASK_FILE_BYTES) return { status: 'unreadable', reason: 'EFBIG' };
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    const code = fsErrorCode(error);
    return code === 'ENOENT' ? { status: 'missing' } : { status: 'unreadable', reason: code };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'unreadable', reason: 'EJSON' };
  }
  const modelUsage = await modelUsageOf(taskDir);
  return { status: 'read', ...parseClineTask(raw, { ...context, ...(modelUsage ? { modelUsage } : {}) }) };
}
