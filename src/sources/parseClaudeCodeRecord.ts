import { parseIsoTime } from '../core/parseIsoTime';
import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import { errorText, statusOf } from './claudeCodeErrorText';
import { asClaudeCodeRecord } from './asClaudeCodeRecord';
import type { ClaudeCodeRecord } from './claudeCodeRecordSchema';
import { mayCarryUsageOrError } from './mayCarryUsageOrError';
import { classifySighting, type RejectionClassifier } from './rejectionClassifier';

export { mayCarryUsageOrError, mayCarryUsageOrErrorBytes } from './mayCarryUsageOrError';

export interface ClaudeCodeRecordContext {
  readonly classify: RejectionClassifier;
  readonly isHistorical: boolean;
  /** Label of the place for `origin.location` (a file name, never content). */
  readonly location?: string;
  /** False to skip rejection checks (old files read for usage totals only). Default true. */
  readonly wantsRejections?: boolean;
  /** Time to use when an error record has no timestamp. */
  readonly now?: () => Date;
  /** True when the line already passed `mayCarryUsageOrErrorBytes`, so the text test is not repeated. */
  readonly isPrefiltered?: boolean;
}

/** What one transcript line gave: nothing of interest, a bad line, or a usage and/or a rejection. */
export type ClaudeCodeRecordResult =
  | { readonly kind: 'ignored' }
  | { readonly kind: 'malformed'; readonly reason: 'json' | 'shape' }
  | { readonly kind: 'record'; readonly usage?: UsageEvent; readonly rejection?: RejectionEvent };

/** The source id of Claude Code's usage and rejections. */
export const CLAUDE_CODE_SOURCE = 'claude-code';
const SYNTHETIC_MODEL = '<synthetic>';
const IGNORED: ClaudeCodeRecordResult = { kind: 'ignored' };

/** Parses one transcript line (tolerant: unknown fields pass, a record without usage is not malformed). */
export function parseClaudeCodeRecord(line: string, context: ClaudeCodeRecordContext): ClaudeCodeRecordResult {
  if (!context.isPrefiltered && !mayCarryUsageOrError(line)) return IGNORED;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'malformed', reason: 'json' };
  }
  const record = asClaudeCodeRecord(json);
  if (!record) return { kind: 'malformed', reason: 'shape' };
  const usage = usageOf(record);
  if (usage === 'bad') return { kind: 'malformed', reason: 'shape' };
  const rejection = context.wantsRejections === false ? undefined : rejectionOf(record, context);
  if (!usage && !rejection) return IGNORED;
  return { kind: 'record', ...(usage ? { usage } : {}), ...(rejection ? { rejection } : {}) };
}

/** The usage of a checked record: undefined when it carries none, 'bad' when it does but its time is unreadable. */
export function usageOf(record: ClaudeCodeRecord): UsageEvent | 'bad' | undefined {
  const message = record.message;
  if (record.type !== 'assistant' || !message?.usage || message.model === SYNTHETIC_MODEL) return undefined;
  const at = record.timestamp;
  if (!at || Number.isNaN(parseIsoTime(at))) return 'bad';
  const u = message.usage;
  const oneHour = u.cache_creation?.ephemeral_1h_input_tokens;
  const messageId = message.id;
  const requestId = record.requestId;
  // Optional fields are set, not spread: this runs once per request of a full scan.
  const event: { -readonly [K in keyof UsageEvent]: UsageEvent[K] } = {
    at,
    source: CLAUDE_CODE_SOURCE,
    model: message.model ?? 'unknown',
    inputTokens: u.input_tokens,
    outputTokens: u.output_tokens,
    cacheCreationTokens: u.cache_creation_input_tokens ?? 0,
    cacheReadTokens: u.cache_read_input_tokens ?? 0,
  };
  if (typeof oneHour === 'number') event.cacheCreation1hTokens = oneHour;
  if (typeof record.costUSD === 'number') event.costMicros = Math.round(record.costUSD * 1_000_000);
  if (messageId && requestId) event.dedupKey = `${messageId}:${requestId}`;
  return event;
}

function rejectionOf(record: ClaudeCodeRecord, context: ClaudeCodeRecordContext): RejectionEvent | undefined {
  const text = errorText(record);
  if (text === undefined) return undefined;
  const at = record.timestamp && !Number.isNaN(Date.parse(record.timestamp))
    ? record.timestamp
    : (context.now?.() ?? new Date()).toISOString();
  const httpStatus = statusOf(record);
  return classifySighting(context.classify, {
    text,
    at,
    origin: { source: CLAUDE_CODE_SOURCE, ...(context.location ? { location: context.location } : {}) },
    isHistorical: context.isHistorical,
    ...(httpStatus !== undefined ? { httpStatus } : {}),
  });
}
