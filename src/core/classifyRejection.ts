import { extractHttpStatus } from './extractHttpStatus';
import { extractRejectionFields } from './extractRejectionFields';
import { joinWrappedLines } from './joinWrappedLines';
import { parseResetTime } from './parseResetTime';
import { pickRejectionMessage } from './pickRejectionMessage';
import { REJECTION_KINDS, type Rejection } from './rejection';
import { findRejectionEvidence } from './rejectionEvidence';
import { hasRejectionAnchor, scanWindows, WHOLE_TEXT_LIMIT } from './scanWindows';
import { stripTerminalCodes } from './stripTerminalCodes';
import { unwrapErrorText } from './unwrapErrorText';

/** Options of {@link classifyRejection}; both only matter for texts that name a reset time. */
export interface ClassifyOptions {
  /** The clock "resets 9am (Zone)" is read against; defaults to the current time. */
  readonly now?: Date;
  /** Zone assumed for a reset time that names none; defaults to the system zone. */
  readonly timeZone?: string;
}

/**
 * Classifies an error text as one kind of API rejection and reads its details, or returns undefined when
 * the text is no API rejection. Reads the wrappers tools print (JSON in JSON, SSE frames, SDK and proxy
 * prefixes, ANSI codes, hard-wrapped terminal lines). Never throws; linear in the input, and a huge input is
 * only read around a bounded number of keyword hits.
 */
export function classifyRejection(text: string, options: ClassifyOptions = {}): Rejection | undefined {
  try {
    if (typeof text !== 'string' || text.length === 0) return undefined;
    if (text.length <= WHOLE_TEXT_LIMIT) return classifyExcerpt(text, options);
    if (!hasRejectionAnchor(text)) return undefined;
    let best: Rejection | undefined;
    for (const excerpt of scanWindows(text)) {
      const found = classifyExcerpt(excerpt, options);
      if (found && (!best || rank(found) < rank(best))) best = found;
    }
    return best;
  } catch {
    return undefined;
  }
}

function classifyExcerpt(raw: string, options: ClassifyOptions): Rejection | undefined {
  // Escape codes can split a keyword, so a text with any is only tested after stripping them.
  if (!raw.includes('\u001b') && !hasRejectionAnchor(raw)) return undefined;
  const plain = stripTerminalCodes(raw);
  // Unchanged text already passed the test above.
  if (plain !== raw && !hasRejectionAnchor(plain)) return undefined;
  const { flat, messages } = unwrapErrorText(joinWrappedLines(plain));
  const httpStatus = extractHttpStatus(flat);
  const evidence = findRejectionEvidence(flat, httpStatus);
  if (!evidence) return undefined;
  return {
    kind: evidence.kind,
    httpStatus,
    ...extractRejectionFields(flat),
    resetsAt: parseResetTime(flat, { now: options.now ?? new Date(), timeZone: options.timeZone }),
    message: pickRejectionMessage(flat, messages, evidence.pattern),
  };
}

function rank(rejection: Rejection): number {
  return REJECTION_KINDS.indexOf(rejection.kind);
}
