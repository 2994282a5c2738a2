import * as readline from 'node:readline';
import { z } from 'zod';
import { classifyRejection } from '../core/classifyRejection';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { CLI_NAME } from './cliText';

const inputLineSchema = z.object({ text: z.string() });

const USAGE = `Usage: ${CLI_NAME} classify < lines.jsonl

Reads JSON Lines from stdin, one {"text": "..."} object per line, and writes one JSON line per input line:
  {"kind", "creditOfferUsd", "orgAdmin", "httpStatus", "requestId", "resetsAt"}
kind is null when the text is no API rejection; unknown values are null. A line that is not such an
object gets kind null and an "error" field; their count is printed on stderr at the end.
`;

/** One output record of `classify`. */
interface ClassifiedLine {
  kind: string | null;
  creditOfferUsd: number | null;
  orgAdmin: boolean;
  httpStatus: number | null;
  requestId: string | null;
  resetsAt: string | null;
  error?: string;
}

const EMPTY: ClassifiedLine = { kind: null, creditOfferUsd: null, orgAdmin: false, httpStatus: null, requestId: null, resetsAt: null };

/** `classify`: streams JSON Lines of error texts from stdin to one classification per line on stdout. */
export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'Classify error texts given as JSON Lines on stdin',
  usage: USAGE,
  async run(io: CliIo): Promise<number> {
    const extra = io.args[0];
    if (extra !== undefined) throw new UsageError(extra.startsWith('-') ? `unknown option '${extra}'` : `unexpected argument '${extra}'`);
    const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
    let malformed = 0;
    for await (const line of lines) {
      const result = classifyLine(line, io.now());
      if (result.error !== undefined) malformed++;
      io.stdout(`${JSON.stringify(result)}\n`);
    }
    if (malformed > 0) io.stderr(`${CLI_NAME} classify: ${malformed} malformed input line${malformed === 1 ? '' : 's'} (see "error" in the output)\n`);
    return 0;
  },
};

function classifyLine(line: string, now: Date): ClassifiedLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { ...EMPTY, error: 'not valid JSON' };
  }
  const input = inputLineSchema.safeParse(parsed);
  if (!input.success) return { ...EMPTY, error: 'expected an object with a string "text" field' };
  const r = classifyRejection(input.data.text, { now });
  if (!r) return { ...EMPTY };
  return { kind: r.kind, creditOfferUsd: r.creditOfferUsd, orgAdmin: r.orgAdmin, httpStatus: r.httpStatus, requestId: r.requestId, resetsAt: r.resetsAt };
}
