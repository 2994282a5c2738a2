import { z } from 'zod';

import { REJECTION_KINDS } from './rejectionKinds';

export { REJECTION_KINDS } from './rejectionKinds';

/** Schema of a rejection kind. */
export const rejectionKindSchema = z.enum(REJECTION_KINDS);
/** One of {@link REJECTION_KINDS}. */
export type RejectionKind = z.infer<typeof rejectionKindSchema>;

/** What the classifier reads out of one error text; every field but `kind` may be unknown (null). */
export const rejectionSchema = z.object({
  kind: rejectionKindSchema,
  httpStatus: z.number().int().nullable(),
  requestId: z.string().nullable(),
  /** The credit a message says was added to the account, in whole dollars. */
  creditOfferUsd: z.number().nullable(),
  /** A workspace admin has to act (claim the credit or add more). */
  orgAdmin: z.boolean(),
  /** ISO time when the text names a reset. */
  resetsAt: z.string().nullable(),
  /** The settings URL the message points at, with https:// added when it was bare. */
  settingsUrl: z.string().nullable(),
  /** The human message, unwrapped from its JSON/ANSI wrappers and cut to a sane length. */
  message: z.string(),
});
/** A classified rejection. */
export type Rejection = z.infer<typeof rejectionSchema>;

/** Where an event was seen: the tool and, when known, the file or terminal. */
export const eventOriginSchema = z.object({
  /** Tool id: `claude-code`, `cline`, `roo-code`, `kilo-code`, `terminal`, `output-log`, `pasted`, `test`. */
  source: z.string(),
  /** Human label of the place (file name, terminal name); never the content. */
  location: z.string().optional(),
});
/** Where an event was seen. */
export type EventOrigin = z.infer<typeof eventOriginSchema>;

/** A rejection seen at a time in a place. */
export const rejectionEventSchema = rejectionSchema.extend({
  /** ISO time the tool recorded, or when we saw it. */
  at: z.string(),
  origin: eventOriginSchema,
  /** True for events found by the first scan of old logs: history only, never a toast. */
  isHistorical: z.boolean(),
});
/** A rejection seen at a time in a place. */
export type RejectionEvent = z.infer<typeof rejectionEventSchema>;

/** A rejection seen just now (typed, pasted or printed live), never part of a history scan. */
export function liveRejection(rejection: Rejection, source: string, at: Date = new Date()): RejectionEvent {
  return { ...rejection, at: at.toISOString(), origin: { source }, isHistorical: false };
}
