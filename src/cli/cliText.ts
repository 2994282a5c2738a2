// Every user-facing string of the CLI lives here, so it can be translated in one place.

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
