import { z } from 'zod';

/** Largest time a `Date` can hold (ms either side of 1970); a `ts` past it would make `toISOString` throw. */
const MAX_DATE_MS = 8.64e15;

/** One entry of a Cline / Roo Code / Kilo Code `ui_messages.json` array (fields we read; others pass). */
export const clineMessageSchema = z
  .object({
    ts: z.number().min(-MAX_DATE_MS).max(MAX_DATE_MS),
    type: z.string(),
    say: z.string().nullish(),
    ask: z.string().nullish(),
    text: z.string().nullish(),
    partial: z.boolean().nullish(),
    /** Newer Cline versions record the model on each message. */
    modelInfo: z.object({ modelId: z.string().nullish() }).passthrough().nullish(),
  })
  .passthrough();
/** One UI message of a task. */
export type ClineMessage = z.infer<typeof clineMessageSchema>;

/** The JSON text of an `api_req_started` message once the request has finished (or failed). */
export const apiReqInfoSchema = z
  .object({
    tokensIn: z.number().nonnegative().nullish(),
    tokensOut: z.number().nonnegative().nullish(),
    cacheWrites: z.number().nonnegative().nullish(),
    cacheReads: z.number().nonnegative().nullish(),
    cost: z.number().nullish(),
    cancelReason: z.string().nullish(),
    streamingFailedMessage: z.string().nullish(),
  })
  .passthrough();
/** Token counts and cost of one request. */
export type ApiReqInfo = z.infer<typeof apiReqInfoSchema>;

/** The tools whose task folders share this layout. */
export type ClineSource = 'cline' | 'roo-code' | 'kilo-code';
