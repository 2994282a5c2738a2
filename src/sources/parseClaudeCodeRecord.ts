import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import { errorText, statusOf } from './claudeCodeErrorText';
import { claudeCodeRecordSchema, type ClaudeCodeRecord } from './claudeCodeRecordSchema';
import { classifySighting, type RejectionClassifier } from './rejectionClassifier';

export interface ClaudeCodeRecordContext {
  readonly classify: RejectionClassifier;
  readonly isHistorical: boolean;
  /** Label of the place for `origin.location` (a file name, never content). */
  readonly location?: string;
  /** False to skip rejection checks (old files read for usage totals only). Default true. */
  readonly wantsRejections?: boolean;
  /** Time to use when an error record has no timestamp. */
  readonly now?: () => Date;
}

/** What one transcript line gave: nothing of interest, a bad line, or a usage and/or a rejection. */
export type ClaudeCodeRecordResult =
  | { readonly kind: 'ignored' }
  | { readonly kind: 'malformed'; readonly reason: 'json' | 'shape' }
  | { readonly kind: 'record'; readonly usage?: UsageEvent; readonly rejection?: RejectionEvent };

const SOURCE = 'claude-code';
const SYNTHETIC_MODEL = '<synthetic>';
const IGNORED: ClaudeCodeRecordResult = { kind: 'ignored' };

/**
 * Cheap test before JSON.parse: a line can only matter if it names usage or an error. Quoted keys
 * do not match their escaped copies inside tool output (`\"usage\"`), so big tool results are skipped.
 */
export function mayCarryUsageOrError(line: string): boolean {
  return line.includes('"usage"') || line.includes('"error"') || line.includes('isApiErrorMessage') || line.includes('API Error');
}

const NEEDLES = ['"usage"', '"error"', 'isApiErrorMessage', 'API Error'].map((n) => Buffer.from(n));
const USER_TYPE = Buffer.from('"type":"user"');
/** Claude Code writes the top-level `type` within the first few hundred bytes, before the message. */
const TYPE_WINDOW = 1024;

/**
 * {@link mayCarryUsageOrError} on a line's bytes, so lines of no interest are never decoded. User
 * records (prompts and tool results, most of the bytes) carry neither usage nor API errors, so a
 * `"type":"user"` near the start ends the test before the needles are searched through the line.
 */
export function mayCarryUsageOrErrorBytes(line: Buffer): boolean {
  if (line.subarray(0, TYPE_WINDOW).indexOf(USER_TYPE) >= 0) return false;
  return NEEDLES.some((needle) => line.indexOf(needle) >= 0);
}

/** Parses one transcript line (tolerant: unknown fields pass, a record without usage is not malformed). */
export function parseClaudeCodeRecord(line: string, context: ClaudeCodeRecordContext): ClaudeCodeRecordResult {
  if (!mayCarryUsageOrError(line)) return IGNORED;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'malformed', reason: 'json' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'malformed', reason: 'shape' };
  const parsed = claudeCodeRecordSchema.safeParse(json);
  if (!parsed.success) return { kind: 'malformed', reason: 'shape' };
  const record = parsed.data;
  const usage = usageOf(record);
  if (usage === 'bad') return { kind: 'malformed', reason: 'shape' };
  const rejection = context.wantsRejections === false ? undefined : rejectionOf(record, context);
  if (!usage && !rejection) return IGNORED;
  return { kind: 'record', ...(usage ? { usage } : {}), ...(rejection ? { rejection } : {}) };
}

function usageOf(record: ClaudeCodeRecord): UsageEvent | 'bad' | undefined {
  const message = record.message;
  if (record.type !== 'assistant' || !message?.usage || message.model === SYNTHETIC_MODEL) return undefined;
  const at = record.timestamp;
  if (!at || Number.isNaN(Date.parse(at))) return 'bad';
  const u = message.usage;
  const oneHour = u.cache_creation?.ephemeral_1h_input_tokens;
  const messageId = message.id;
  const requestId = record.requestId;
  return {
    at,
    source: SOURCE,
    model: message.model ?? 'unknown',
    inputTokens: u.input_tokens,
    outputTokens: u.output_tokens,
    cacheCreationTokens: u.cache_creation_input_tokens ?? 0,
    cacheReadTokens: u.cache_read_input_tokens ?? 0,
    ...(typeof oneHour === 'number' ? { cacheCreation1hTokens: oneHour } : {}),
    ...(typeof record.costUSD === 'number' ? { costMicros: Math.round(record.costUSD * 1_000_000) } : {}),
    ...(messageId && requestId ? { dedupKey: `${messageId}:${requestId}` } : {}),
  };
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
    origin: { source: SOURCE, ...(context.location ? { location: context.location } : {}) },
    isHistorical: context.isHistorical,
    ...(httpStatus !== undefined ? { httpStatus } : {}),
  });
}
