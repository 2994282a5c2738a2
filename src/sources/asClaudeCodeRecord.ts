import type { ClaudeCodeRecord } from './claudeCodeRecordSchema';

// Hand-written twin of `claudeCodeRecordSchema`, which stays the definition (a unit test checks both agree
// on generated records). zod builds a copy of every record it checks; on the CLI's full scan that copying
// cost as much as JSON.parse itself. Every check below mirrors one field of the schema, with zod 3's rules:
// `z.number()` rejects NaN only, `.int()` is Number.isInteger, `.nonnegative()` is `>= 0`, `.nullish()`
// takes null and undefined, and `z.object()` takes any non-array object.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNullish = (value: unknown): boolean => value === undefined || value === null;
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);
const isCount = (value: unknown): boolean => isNumber(value) && value >= 0;
const nullishString = (value: unknown): boolean => isNullish(value) || typeof value === 'string';
const nullishCount = (value: unknown): boolean => isNullish(value) || isCount(value);

function isUsage(u: Json): boolean {
  const cache = u.cache_creation;
  return isCount(u.input_tokens) && isCount(u.output_tokens)
    && nullishCount(u.cache_creation_input_tokens) && nullishCount(u.cache_read_input_tokens)
    && (isNullish(cache) || (isObject(cache) && nullishCount(cache.ephemeral_5m_input_tokens) && nullishCount(cache.ephemeral_1h_input_tokens)));
}

function isMessage(m: unknown): boolean {
  if (isNullish(m)) return true;
  if (!isObject(m) || !nullishString(m.id) || !nullishString(m.model)) return false;
  return isNullish(m.usage) || (isObject(m.usage) && isUsage(m.usage));
}

/** The parsed JSON of a transcript line as a record, or undefined where `claudeCodeRecordSchema` would fail. */
export function asClaudeCodeRecord(json: unknown): ClaudeCodeRecord | undefined {
  if (!isObject(json)) return undefined;
  const r = json;
  const isValid = nullishString(r.type) && nullishString(r.subtype) && nullishString(r.level)
    && nullishString(r.timestamp) && nullishString(r.requestId)
    && (isNullish(r.costUSD) || isNumber(r.costUSD))
    && (isNullish(r.isApiErrorMessage) || typeof r.isApiErrorMessage === 'boolean')
    && (isNullish(r.apiErrorStatus) || Number.isInteger(r.apiErrorStatus))
    && isMessage(r.message);
  return isValid ? (r as ClaudeCodeRecord) : undefined;
}
