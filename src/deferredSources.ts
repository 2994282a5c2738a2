// Entry of the second bundle, dist/sources.js: everything that watches AI tools. `extension.ts` requires it a
// macrotask after activate() returns, so this code is neither compiled nor run on the activation path. The bundle
// is self-contained (its own copy of zod and of the core modules it uses), like dist/cli.js.
export { startFileSources } from './editor/fileSources';
export { startOutputLogSource } from './editor/outputLogSource';
export { createRooEventsSource } from './editor/rooEvents';
export { createTerminalWatcher } from './editor/terminalWatcher';
