import { classifyRejection } from '../core/classifyRejection';
import { explainRejection } from '../core/explainRejection';
import { formatExplanationText } from '../core/formatExplanation';
import type { Rejection } from '../core/rejection';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { EXPLAIN_TEXT, FLAG_ERRORS } from './cliText';

const MAX_STDIN = 16 * 1024 * 1024;

/** `explain`: classifies one error text and prints what it means and what to do. */
export const explainCommand: CliCommand = {
  name: 'explain',
  summary: EXPLAIN_TEXT.summary,
  usage: EXPLAIN_TEXT.usage,
  async run(io: CliIo): Promise<number> {
    const json = io.args.includes('--json');
    const unknown = io.args.find((a) => a.startsWith('-') && a !== '--json');
    if (unknown !== undefined) throw new UsageError(FLAG_ERRORS.unknownOption(unknown));
    const words = io.args.filter((a) => a !== '--json');
    const text = words.length > 0 ? words.join(' ') : await readAll(io.stdin);
    const rejection = classifyRejection(text, { now: io.now() });
    if (!rejection) {
      io.stderr(EXPLAIN_TEXT.notARejection);
      return 1;
    }
    const explanation = explainRejection(rejection);
    io.stdout(json ? `${JSON.stringify({ ...explanation, rejection }, null, 2)}\n` : `${details(rejection)}\n${formatExplanationText(explanation)}`);
    return 0;
  },
};

function details(r: Rejection): string {
  return EXPLAIN_TEXT.details(r.message, EXPLAIN_TEXT.facts(r.kind, r.httpStatus, r.requestId));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    if (text.length > MAX_STDIN) return text.slice(0, MAX_STDIN);
  }
  return text + decoder.decode();
}
