import { classifyRejection } from '../core/classifyRejection';
import { explainRejection } from '../core/explainRejection';
import { formatExplanationText } from '../core/formatExplanation';
import type { Rejection } from '../core/rejection';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { CLI_NAME } from './cliText';

const MAX_STDIN = 16 * 1024 * 1024;

const USAGE = `Usage: ${CLI_NAME} explain [--json] [TEXT...]

Explains an error message from an AI tool: which balance it concerns, whether waiting helps, and what to
do. Give the text as arguments, or pipe it on stdin. --json prints the explanation as JSON, with the
classified rejection under "rejection". Exits 1 when the text is no API rejection.
`;

const NOT_A_REJECTION = `${CLI_NAME}: that text does not look like a rejection from Claude's API.
Give the whole error message, including any "API Error" prefix or JSON around it.
`;

/** `explain`: classifies one error text and prints what it means and what to do. */
export const explainCommand: CliCommand = {
  name: 'explain',
  summary: 'Explain an error message (arguments or stdin)',
  usage: USAGE,
  async run(io: CliIo): Promise<number> {
    const json = io.args.includes('--json');
    const unknown = io.args.find((a) => a.startsWith('-') && a !== '--json');
    if (unknown !== undefined) throw new UsageError(`unknown option '${unknown}'`);
    const words = io.args.filter((a) => a !== '--json');
    const text = words.length > 0 ? words.join(' ') : await readAll(io.stdin);
    const rejection = classifyRejection(text, { now: io.now() });
    if (!rejection) {
      io.stderr(NOT_A_REJECTION);
      return 1;
    }
    const explanation = explainRejection(rejection);
    io.stdout(json ? `${JSON.stringify({ ...explanation, rejection }, null, 2)}\n` : `${details(rejection)}\n${formatExplanationText(explanation)}`);
    return 0;
  },
};

function details(r: Rejection): string {
  const facts = [`kind ${r.kind}`, r.httpStatus !== null ? `HTTP ${r.httpStatus}` : '', r.requestId ?? ''].filter(Boolean).join(' · ');
  return `Message:  ${r.message}\nSeen as:  ${facts}\n`;
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
