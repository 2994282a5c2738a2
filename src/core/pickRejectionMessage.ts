const MAX_LENGTH = 500;
// A field whose value is itself a wrapped error ("400 {\"type\":…") rather than a human sentence.
const WRAPPER = /\{\s*["']|^\s*(?:Error:\s*)?\d{3}\s*\{/;
const GENERIC = /^\s*(?:provider returned error|error|bad request|an error occurred|unknown error|upstream error)\.?\s*$/i;
// Prefixes tools print before the API's own words.
const PREFIXES: readonly RegExp[] = [
  /^.*?returned an error result:\s*/i,
  /^\s*(?:[\w.]*(?:Error|Exception)(?:\s*-\s*|:\s*))+/,
  /^[^:]{0,40}?\bAPI\s*Error[\s:]*(?:\(HTTP\s*\d{3}\)\s*:?\s*)?(?:[45]\d\d\b[\s:-]*)?/i,
  /^\s*[45]\d\d\b[\s:-]*/,
  /^\s*(?:[a-z_]+_error|request_too_large)[\s:-]+/,
  /^\s*data:\s*/,
];

/**
 * Picks the human sentence of a rejection: the message field that carries the evidence, else the innermost
 * real message, else the line the evidence is on, stripped of tool prefixes and cut to 500 characters.
 */
export function pickRejectionMessage(flat: string, messages: readonly string[], evidence: RegExp | undefined): string {
  const human = messages.filter((m) => !WRAPPER.test(m) && !GENERIC.test(m));
  const withEvidence = evidence ? human.find((m) => evidence.test(m)) : undefined;
  const picked = withEvidence ?? human[human.length - 1] ?? evidenceLine(flat, evidence);
  return cap(clean(picked.slice(0, MAX_LENGTH * 4)));
}

function evidenceLine(flat: string, evidence: RegExp | undefined): string {
  const lines = flat.split('\n');
  const hit = evidence ? lines.find((l) => evidence.test(l)) : undefined;
  return hit ?? lines.find((l) => l.trim() !== '') ?? '';
}

function clean(text: string): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const prefix of PREFIXES) out = out.replace(prefix, '');
  out = out.trim();
  if (out.length >= 2 && out.startsWith('"') && out.endsWith('"')) out = out.slice(1, -1).trim();
  return out;
}

function cap(text: string): string {
  return text.length <= MAX_LENGTH ? text : `${text.slice(0, MAX_LENGTH - 1).trimEnd()}…`;
}
