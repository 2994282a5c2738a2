import { USAGE_PROFILE_IDS } from '../core/usageProfiles';

// Every user-facing string of the CLI lives here, so it can be translated in one place. Numbers, money and
// times come in already formatted; the commands only choose which sentence to print.

/** Name the CLI is installed under. */
export const CLI_NAME = 'extra-usage-guard';

/** Top-level help text. */
export function helpText(commands: readonly { name: string; summary: string }[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: ${CLI_NAME} <command> [options]

Explains Claude "extra usage" rejections and estimates extra-usage spend from local logs.

Commands:
${rows}

Options:
  -h, --help     Show help (also: ${CLI_NAME} <command> --help)
  -v, --version  Print the version
`;
}

export const unknownCommand = (name: string): string =>
  `${CLI_NAME}: unknown command '${name}'. Run '${CLI_NAME} --help' for the list of commands.\n`;
export const unknownOption = (flag: string): string =>
  `${CLI_NAME}: unknown option '${flag}'. Run '${CLI_NAME} --help' for usage.\n`;
export const usageErrorText = (message: string, usage: string): string => `${CLI_NAME}: ${message}\n\n${usage}`;
export const internalError = (message: string): string =>
  `${CLI_NAME}: unexpected error: ${message}\nPlease report it with the command you ran.\n`;

/** Messages of usage errors (printed with the command's usage, exit 2). */
export const FLAG_ERRORS = {
  unknownOption: (flag: string) => `unknown option '${flag}'`,
  unexpectedArgument: (arg: string) => `unexpected argument '${arg}'`,
  needsValue: (flag: string) => `${flag} needs a value`,
  notATimeZone: (raw: string) => `--timezone '${raw}' is not an IANA time zone (for example Europe/Berlin)`,
  notADate: (flag: string, raw: string) => `${flag} '${raw}' is not a date: use YYYYMMDD or YYYY-MM-DD`,
  notATime: (flag: string, raw: string) => `${flag} '${raw}' is not a time: use 2026-11-25T09:00 (local) or an ISO time such as 2026-11-25T09:00Z`,
  notAnAmount: (flag: string, reason: string) => `${flag}: ${reason}`,
  oneOf: (flag: string, values: readonly string[]) => `${flag} must be one of ${values.join(', ')}`,
  untilBeforeSince: '--until is before --since',
  statusNeedsBalance: 'status needs --balance and --since (the balance you saw, and when)',
  sinceInFuture: (raw: string) => `--since '${raw}' is in the future`,
  countedTools: (tools: readonly string[]) => `--counted takes tool ids among ${tools.join(', ')}`,
  statuslineNeedsBoth: 'set both EXTRA_USAGE_BALANCE and EXTRA_USAGE_SINCE',
} as const;

/** Notes on stderr when the Claude Code folders are missing or partly skipped. */
export const FOLDER_NOTES = {
  noTranscripts: (looked: readonly { path: string; reason: string }[]) =>
    `${CLI_NAME}: no Claude Code transcripts found; looked in:\n${folderList(looked)}Set CLAUDE_CONFIG_DIR to the folder that holds "projects" (a comma-separated list for several).\n`,
  skippedFolders: (skipped: readonly { path: string; reason: string }[]) =>
    `${CLI_NAME}: skipped folders of CLAUDE_CONFIG_DIR:\n${folderList(skipped)}`,
} as const;

const folderList = (entries: readonly { path: string; reason: string }[]): string => entries.map((s) => `  ${s.path}: ${s.reason}\n`).join('');

/** `classify`: usage, and what its output says of a bad input line. */
export const CLASSIFY_TEXT = {
  summary: 'Classify error texts given as JSON Lines on stdin',
  usage: `Usage: ${CLI_NAME} classify < lines.jsonl

Reads JSON Lines from stdin, one {"text": "..."} object per line, and writes one JSON line per input line:
  {"kind", "creditOfferUsd", "orgAdmin", "httpStatus", "requestId", "resetsAt"}
kind is null when the text is no API rejection; unknown values are null. A line that is not such an
object gets kind null and an "error" field; their count is printed on stderr at the end.
`,
  notJson: 'not valid JSON',
  notAnInput: 'expected an object with a string "text" field',
  malformedCount: (n: number) =>
    `${CLI_NAME} classify: ${n} malformed input line${n === 1 ? '' : 's'} (see "error" in the output)\n`,
} as const;

/** `explain`: usage, the answer to a text that is no rejection, and the lines above the explanation. */
export const EXPLAIN_TEXT = {
  summary: 'Explain an error message (arguments or stdin)',
  usage: `Usage: ${CLI_NAME} explain [--json] [TEXT...]

Explains an error message from an AI tool: which balance it concerns, whether waiting helps, and what to
do. Give the text as arguments, or pipe it on stdin. --json prints the explanation as JSON, with the
classified rejection under "rejection". Exits 1 when the text is no API rejection.
`,
  notARejection: `${CLI_NAME}: that text does not look like a rejection from Claude's API.
Give the whole error message, including any "API Error" prefix or JSON around it.
`,
  facts: (kind: string, httpStatus: number | null, requestId: string | null) =>
    [`kind ${kind}`, httpStatus !== null ? `HTTP ${httpStatus}` : '', requestId ?? ''].filter(Boolean).join(' · '),
  details: (message: string, facts: string) => `Message:  ${message}\nSeen as:  ${facts}\n`,
} as const;

/** `usage`: usage text, table headings and the notes under the table. */
export const USAGE_TEXT = {
  summary: 'Token and cost totals from Claude Code transcripts',
  usage: `Usage: ${CLI_NAME} usage [--json] [--since DATE] [--until DATE] [--by day|model|source] [--timezone IANA]

Totals of Claude Code usage read from its transcripts (projects/**/*.jsonl under each folder of
CLAUDE_CONFIG_DIR, a comma-separated list, else ~/.config/claude and ~/.claude), priced offline at
Anthropic's list prices. Every file is read, however old; requests repeated in a transcript are counted once.
  --since, --until  Local calendar days, both included: 20260101 or 2026-01-01
  --by              Rows of the table: day (default), model or source
  --timezone        Time zone of the days (default: TZ, else the system's)
  --json            {"totals", "byDay", "byModel", "bySource", "records", "duplicatesSkipped",
                    "malformedLinesSkipped", "unpricedModels", "unreadable"}; costUsd is null for a
                    row whose requests all lack a price (never $0)
`,
  headers: ['Input', 'Output', 'Cache write', 'Cache read', 'Total tokens', 'Cost'],
  labels: { day: 'Date', model: 'Model', source: 'Source' },
  total: 'Total',
  noUsage: '(no usage in this period)',
  noPrice: 'no price',
  counts: (requests: string, duplicates: string, malformed: string) =>
    `${requests} requests; skipped ${duplicates} duplicates and ${malformed} malformed lines.`,
  unpricedModel: (model: string, requests: string) => `${model} (${requests} requests)`,
  unpricedNote: (models: string) =>
    `* Not in the cost, no price known: ${models}. Their tokens are counted; their cost is unknown, not $0.`,
  unreadable: (path: string, reason: string) => `Could not read ${path} (${reason}).`,
} as const;

/** `status`: usage text and the lines of the estimate. */
export const STATUS_TEXT = {
  summary: 'Estimate the extra usage credit left from a balance and the spend since',
  usage: `Usage: ${CLI_NAME} status [--json] --balance AMOUNT --since TIME [--counted claude-code,cline,…] [--profile ID]

Estimates the extra usage credit left: the balance you saw at TIME, minus what counted tools spent since
(priced from Claude Code transcripts), with the burn rate of your recent active use and the hours left at it.
  --balance   The balance shown at claude.ai/settings/usage: 20, $12.50, €15,50
  --since     When you saw it: 2026-11-25T09:00 (local time), 2026-11-25 or an ISO time with a zone
  --counted   Tools whose spend draws from that balance. The CLI reads only Claude Code transcripts, so it
              assumes the balance is drawn by what it reads: claude-code (the default). Give another list
              when Claude Code runs on your plan instead (its spend then counts as nothing here).
  --profile   ${USAGE_PROFILE_IDS.join(', ')}: a time-left range while no spend has been measured
  --timezone  Zone of a local --since (default: TZ, else the system's)
  --json      remainingUsd, spentSinceUsd, burnRatePerHourUsd, hoursLeft, hoursLeftRange, basis, state, …
Figures that cannot be known are "unknown" (null in JSON), never guessed.
`,
  unknown: 'unknown',
  left: (money: string, state: string) =>
    `Extra usage left: ~${money}${state === 'exhausted' ? ' (used up)' : state === 'low' ? ' (low)' : ''}`,
  basis: (balance: string, when: string, timeZone: string, spent: string, tools: string) =>
    `  balance ${balance} at ${when} ${timeZone}, minus ${spent} spent since by ${tools}`,
  timeLeft: (text: string) => `Time left: ${text}`,
  timeLeftNone: 'none',
  timeLeftAtRate: (hours: string, rate: string) => `~${hours} of active use at ~${rate}/h (your recent use)`,
  timeLeftRange: (low: string, high: string, profile: string) => `perhaps ${low}–${high} at a ${profile} pace (no spend measured yet)`,
  timeLeftUnknown: 'unknown (no counted spend in the last 7 days to measure a pace; --profile gives a range)',
  unpriced: (models: string) => `Not in the spend (no price known): ${models}: the estimate may be too high.`,
  currencyMismatch: 'Spend is priced in US dollars and subtracted from your euro balance without conversion.',
} as const;

/** `statusline`: usage text and the one line it prints. */
export const STATUSLINE_TEXT = {
  summary: "One line for Claude Code's statusLine: credit left or spend today",
  usage: `Usage: ${CLI_NAME} statusline [--balance AMOUNT --since TIME]

Prints one short line for Claude Code's status line. In ~/.claude/settings.json:
  "statusLine": {"type": "command", "command": "${CLI_NAME} statusline"}
With a balance (--balance/--since, or the EXTRA_USAGE_BALANCE and EXTRA_USAGE_SINCE environment variables)
it shows the estimate, e.g. "~$13.42 left · ~4h", counting Claude Code's spend (see '${CLI_NAME} status');
without one, Claude Code's spend today. The JSON Claude Code writes on stdin is read and ignored.
Only transcripts written since the balance (or today) are read, so it stays fast.
`,
  problem: (what: string) => `extra usage: ${what}`,
  unknown: 'extra usage: unknown',
  costUnknownToday: 'extra usage: cost unknown today (no price)',
  spentToday: (money: string, isPartial: boolean) => `extra usage: ${money}${isPartial ? '+' : ''} today`,
  usedUp: (money: string) => `extra usage: ${money} left (used up)`,
  left: (money: string, time: string) => `${money} left${time}`,
  hours: (hours: string) => ` · ~${hours}`,
  hoursRange: (low: string, high: string) => ` · ${low}–${high}?`,
} as const;
