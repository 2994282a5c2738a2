import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import { apiReqInfoSchema, clineMessageSchema, type ApiReqInfo, type ClineMessage, type ClineSource } from './clineMessageSchema';
import { classifySighting, type RejectionClassifier } from './rejectionClassifier';

export interface ClineTaskContext {
  readonly taskId: string;
  readonly source: ClineSource;
  readonly classify: RejectionClassifier;
  readonly isHistorical: boolean;
  /** Messages at or before this time were already reported. */
  readonly afterTs?: number;
  /** Requests seen earlier without token counts (looked at again). */
  readonly pendingTs?: readonly number[];
  /** Model by time from `task_metadata.json` (`model_usage`), oldest first. */
  readonly modelUsage?: readonly { readonly ts: number; readonly modelId: string }[];
  readonly location?: string;
}

export interface ClineTaskResult {
  readonly usage: UsageEvent[];
  readonly rejections: RejectionEvent[];
  /** Cursor to keep for the next read. */
  readonly lastTs: number;
  readonly pendingTs: number[];
  /** Array entries that were not UI messages. */
  readonly malformed: number;
}

const MAX_PENDING = 64;

/**
 * Reads one task's `ui_messages.json` array: usage from finished `api_req_started` messages
 * (dedup key `taskId:ts`), rejections from failure messages. Only messages after `afterTs`, plus
 * requests still pending last time, are reported; a request without token counts yet stays pending.
 */
export function parseClineTask(raw: unknown, context: ClineTaskContext): ClineTaskResult {
  const afterTs = context.afterTs ?? -Infinity;
  const wasPending = new Set(context.pendingTs ?? []);
  const out = { usage: [] as UsageEvent[], rejections: [] as RejectionEvent[], pendingTs: [] as number[], malformed: 0 };
  let lastTs = context.afterTs ?? 0;
  for (const item of Array.isArray(raw) ? raw : []) {
    const parsed = clineMessageSchema.safeParse(item);
    if (!parsed.success) {
      out.malformed++;
      continue;
    }
    const message = parsed.data;
    const isNew = message.ts > afterTs;
    if (!isNew && !wasPending.has(message.ts)) continue;
    if (message.partial === true) continue;
    readMessage(message, context, isNew, out);
    if (isNew) lastTs = Math.max(lastTs, message.ts);
  }
  return { ...out, lastTs, pendingTs: out.pendingTs.slice(-MAX_PENDING), malformed: out.malformed + (Array.isArray(raw) ? 0 : 1) };
}

type Out = { usage: UsageEvent[]; rejections: RejectionEvent[]; pendingTs: number[] };

function readMessage(message: ClineMessage, context: ClineTaskContext, isNew: boolean, out: Out): void {
  if (message.say === 'api_req_started') {
    const info = requestInfo(message.text);
    if (!info || !isFinished(info)) {
      out.pendingTs.push(message.ts);
      return;
    }
    const usage = usageOf(message, info, context);
    if (usage) out.usage.push(usage);
    if (isNew && info.streamingFailedMessage) reportFailure(message, info.streamingFailedMessage, context, out);
    return;
  }
  const text = isNew ? failureText(message) : undefined;
  if (text) reportFailure(message, text, context, out);
}

function reportFailure(message: ClineMessage, text: string, context: ClineTaskContext, out: Out): void {
  const rejection = classifySighting(context.classify, {
    text,
    at: new Date(message.ts).toISOString(),
    origin: { source: context.source, ...(context.location ? { location: context.location } : {}) },
    isHistorical: context.isHistorical,
  });
  if (rejection) out.rejections.push(rejection);
}

function requestInfo(text: string | null | undefined): ApiReqInfo | undefined {
  if (!text) return undefined;
  try {
    const parsed = apiReqInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const isFinished = (info: ApiReqInfo): boolean =>
  typeof info.cost === 'number' || typeof info.tokensIn === 'number' || typeof info.tokensOut === 'number' || !!info.cancelReason;

function usageOf(message: ClineMessage, info: ApiReqInfo, context: ClineTaskContext): UsageEvent | undefined {
  const counts = [info.tokensIn, info.tokensOut, info.cacheWrites, info.cacheReads];
  if (counts.every((n) => !n) && !info.cost) return undefined;
  return {
    at: new Date(message.ts).toISOString(),
    source: context.source,
    model: message.modelInfo?.modelId ?? modelAt(message.ts, context.modelUsage) ?? 'unknown',
    inputTokens: info.tokensIn ?? 0,
    outputTokens: info.tokensOut ?? 0,
    cacheCreationTokens: info.cacheWrites ?? 0,
    cacheReadTokens: info.cacheReads ?? 0,
    ...(typeof info.cost === 'number' ? { costMicros: Math.round(info.cost * 1_000_000) } : {}),
    dedupKey: `${context.taskId}:${message.ts}`,
  };
}

function modelAt(ts: number, usage: ClineTaskContext['modelUsage']): string | undefined {
  let model: string | undefined;
  for (const entry of usage ?? []) if (entry.ts <= ts) model = entry.modelId;
  return model ?? usage?.[0]?.modelId;
}

/** The error text of a failure message; undefined for every other message. */
export function failureText(message: ClineMessage): string | undefined {
  const text = message.text ?? undefined;
  if (!text) return undefined;
  if (message.type === 'ask' && message.ask === 'api_req_failed') return text;
  if (message.type !== 'say') return undefined;
  if (message.say === 'error' || message.say === 'api_req_retry_delayed') return text;
  if (message.say !== 'error_retry') return undefined;
  try {
    const detail = (JSON.parse(text) as { errorMessage?: unknown } | null)?.errorMessage;
    return typeof detail === 'string' ? detail : text;
  } catch {
    return text;
  }
}
