import { z } from 'zod';
import { classifyRejection } from '../core/classifyRejection';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { CLASSIFY_TEXT, FLAG_ERRORS } from './cliText';

const inputLineSchema = z.object({ text: z.string() });

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
  summary: CLASSIFY_TEXT.summary,
  usage: CLASSIFY_TEXT.usage,
  async run(io: CliIo): Promise<number> {
    const extra = io.args[0];
    if (extra !== undefined) throw new UsageError(extra.startsWith('-') ? FLAG_ERRORS.unknownOption(extra) : FLAG_ERRORS.unexpectedArgument(extra));
    // Loaded here, not at start-up: every other command would pay for it.
    const readline = await import('node:readline');
    const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
    let malformed = 0;
    for await (const line of lines) {
      const result = classifyLine(line, io.now());
      if (result.error !== undefined) malformed++;
      io.stdout(`${JSON.stringify(result)}\n`);
    }
    if (malformed > 0) io.stderr(CLASSIFY_TEXT.malformedCount(malformed));
    return 0;
  },
};

function classifyLine(line: string, now: Date): ClassifiedLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { ...EMPTY, error: CLASSIFY_TEXT.notJson };
  }
  const input = inputLineSchema.safeParse(parsed);
  if (!input.success) return { ...EMPTY, error: CLASSIFY_TEXT.notAnInput };
  const r = classifyRejection(input.data.text, { now });
  if (!r) return { ...EMPTY };
  return { kind: r.kind, creditOfferUsd: r.creditOfferUsd, orgAdmin: r.orgAdmin, httpStatus: r.httpStatus, requestId: r.requestId, resetsAt: r.resetsAt };
}
