import { REJECTION_GATE_SOURCE } from './rejectionEvidence';

const GATE = new RegExp(REJECTION_GATE_SOURCE, 'i');
// Plain words that every gate match contains: a much faster first test for the many lines that hold none.
const QUICK = /error|limit|usage|credit|third|extra|api|auth|log|anthropic/i;

/** Texts up to this size are classified whole. */
export const WHOLE_TEXT_LIMIT = 32 * 1024;
const RADIUS = 3 * 1024;
const MAX_WINDOW = 16 * 1024;
const MAX_HITS = 2_000;
const HEAD_WINDOWS = 12;
const TAIL_WINDOWS = 12;
const TAIL_SPAN = 256 * 1024;

/** A cheap test: does this text carry an API-error signal or a phrase that needs none? */
export function hasRejectionAnchor(text: string): boolean {
  return QUICK.test(text) && GATE.test(text);
}

/**
 * Bounded excerpts of a huge text around signal words: the first windows and the last ones, each a few KB and
 * cut at line starts, so work on a 10 MB log stays small and linear.
 */
export function scanWindows(text: string): string[] {
  const head = windowsAround(text, 0, HEAD_WINDOWS);
  const headEnd = head[head.length - 1]?.[1] ?? 0;
  const tail = windowsAround(text, Math.max(headEnd, text.length - TAIL_SPAN), TAIL_WINDOWS);
  return [...head, ...tail].map(([start, end]) => text.slice(start, end));
}

function windowsAround(text: string, from: number, limit: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const anchors = new RegExp(REJECTION_GATE_SOURCE, 'gi');
  anchors.lastIndex = from;
  for (let hits = 0; hits < MAX_HITS; hits++) {
    const match = anchors.exec(text);
    if (!match) break;
    const start = lineStart(text, Math.max(from, match.index - RADIUS));
    const end = Math.min(text.length, match.index + RADIUS);
    const last = spans[spans.length - 1];
    if (last && start <= last[1] && end - last[0] <= MAX_WINDOW) {
      last[1] = Math.max(last[1], end);
    } else {
      if (spans.length >= limit && from === 0) break;
      spans.push([last ? Math.max(start, last[1]) : start, end]);
      if (spans.length > limit) spans.shift();
    }
    anchors.lastIndex = Math.max(anchors.lastIndex, end);
  }
  return spans;
}

/** The start of the line holding `index`, if it is near; `lastIndexOf` could scan the whole text back. */
function lineStart(text: string, index: number): number {
  for (let i = index; i > 0 && index - i < 512; i--) {
    if (text.charCodeAt(i - 1) === 10) return i;
  }
  return index;
}
