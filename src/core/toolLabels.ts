const TOOL_LABELS: Readonly<Record<string, string>> = {
  'claude-code': 'Claude Code',
  cline: 'Cline',
  'roo-code': 'Roo Code',
  'kilo-code': 'Kilo Code',
  opencode: 'OpenCode',
  terminal: 'a terminal command',
  'output-log': 'an extension log',
  pasted: 'pasted text',
  selection: 'the selected text',
  test: 'a test',
};

/** Human name of a tool id (`cline` → `Cline`); unknown ids are shown as they are. */
export function toolLabel(source: string): string {
  return TOOL_LABELS[source] ?? source;
}
