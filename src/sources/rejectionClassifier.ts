import type { EventOrigin, Rejection, RejectionEvent } from '../core/rejection';

/** The classifier sources are given (the core's `classifyRejection`; tests pass a fake). */
export type RejectionClassifier = (text: string) => Rejection | undefined;

/** Where, when and how a failure text was seen, and what the record itself says beside the text. */
export interface RejectionSighting {
  readonly text: string;
  readonly at: string;
  readonly origin: EventOrigin;
  readonly isHistorical: boolean;
  /** HTTP status the tool recorded next to the text (Claude Code's `apiErrorStatus`). */
  readonly httpStatus?: number;
  readonly requestId?: string;
}

/** Classifies a failure text; fields the text lacks are filled from the record. Undefined when not a rejection. */
export function classifySighting(classify: RejectionClassifier, sighting: RejectionSighting): RejectionEvent | undefined {
  const rejection = classify(sighting.text);
  if (!rejection) return undefined;
  return {
    ...rejection,
    httpStatus: rejection.httpStatus ?? sighting.httpStatus ?? null,
    requestId: rejection.requestId ?? sighting.requestId ?? null,
    at: sighting.at,
    origin: sighting.origin,
    isHistorical: sighting.isHistorical,
  };
}
