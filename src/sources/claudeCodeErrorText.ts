import type { ClaudeCodeRecord } from './claudeCodeRecordSchema';

/** The failure text of records that look like errors; undefined for every ordinary record. */
export function errorText(record: ClaudeCodeRecord): string | undefined {
  const isErrorRecord = record.isApiErrorMessage === true
    || (record.type === 'system' && (record.level === 'error' || record.subtype === 'api_error'))
    || (record.error !== undefined && record.error !== null);
  // A user's own prompt or a tool's output may quote an API error; only the tool's records count.
  if (!isErrorRecord && record.type !== 'assistant') return undefined;
  const texts = textsOf(record.message?.content ?? record.content);
  const parts = isErrorRecord ? texts : texts.filter((t) => t.trimStart().startsWith('API Error:'));
  if (!isErrorRecord && parts.length === 0) return undefined;
  const error = errorFieldText(record.error);
  if (error && !parts.some((t) => t.includes(error))) parts.push(error);
  let text = parts.join('\n').trim();
  const status = statusOf(record);
  if (status !== undefined && !text.includes(String(status))) text = `API Error: ${status} ${text}`.trim();
  return text === '' ? undefined : text;
}

function textsOf(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  const texts: string[] = [];
  for (const item of content as unknown[]) {
    const text = (item as { text?: unknown } | null)?.text;
    if (typeof text === 'string') texts.push(text);
  }
  return texts;
}

/** Text of an `error` field: a string, or an object's `message`/`formatted` (system `api_error` records). */
function errorFieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const { message, formatted } = value as { message?: unknown; formatted?: unknown };
  if (typeof message === 'string') return message;
  if (typeof formatted === 'string') return formatted;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** HTTP status the record states beside its text: `apiErrorStatus`, or `error.status`. */
export function statusOf(record: ClaudeCodeRecord): number | undefined {
  if (typeof record.apiErrorStatus === 'number') return record.apiErrorStatus;
  const status = (record.error as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
}
