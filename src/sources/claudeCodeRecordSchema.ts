import { z } from 'zod';

const count = z.number().nonnegative().nullish();

/** `message.usage` of an assistant record; input and output are required, as ccusage requires them. */
export const claudeCodeUsageSchema = z
  .object({
    input_tokens: z.number().nonnegative(),
    output_tokens: z.number().nonnegative(),
    cache_creation_input_tokens: count,
    cache_read_input_tokens: count,
    cache_creation: z
      .object({ ephemeral_5m_input_tokens: count, ephemeral_1h_input_tokens: count })
      .passthrough()
      .nullish(),
  })
  .passthrough();

/**
 * One line of a Claude Code transcript, only the fields we read; everything else passes through.
 * `content` stays unknown here: it is large and only read for error records.
 */
export const claudeCodeRecordSchema = z
  .object({
    type: z.string().nullish(),
    subtype: z.string().nullish(),
    level: z.string().nullish(),
    timestamp: z.string().nullish(),
    requestId: z.string().nullish(),
    costUSD: z.number().nullish(),
    isApiErrorMessage: z.boolean().nullish(),
    apiErrorStatus: z.number().int().nullish(),
    error: z.unknown(),
    content: z.unknown(),
    message: z
      .object({
        id: z.string().nullish(),
        model: z.string().nullish(),
        usage: claudeCodeUsageSchema.nullish(),
        content: z.unknown(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();
/** One parsed transcript record. */
export type ClaudeCodeRecord = z.infer<typeof claudeCodeRecordSchema>;
