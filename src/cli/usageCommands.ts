// The commands that read transcripts into a ledger, built together as dist/cli-usage.js (see commands.ts): `usage`
// and `statusline` start without the classifier, the explanations and the schema library the others load.
export { statusCommand } from './statusCommand';
export { statuslineCommand } from './statuslineCommand';
export { usageCommand } from './usageCommand';
