// Test data the extension is pointed at (never the machine's real home folder): a temporary
// CLAUDE_CONFIG_DIR with an empty projects tree, passed to code-server's environment.
import fs from 'node:fs';
import path from 'node:path';
import { mkTmp } from './lib.mjs';

/** Creates a fresh fixture tree; `env` goes to code-server, `dir` to the tests (via the same env). */
export function makeFixtureEnv() {
  const dir = mkTmp('fixtures-');
  const claude = path.join(dir, 'claude');
  fs.mkdirSync(path.join(claude, 'projects'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'home'), { recursive: true });
  return {
    dir,
    env: { CLAUDE_CONFIG_DIR: claude, EUG_TEST_FIXTURES: dir, HOME: path.join(dir, 'home') },
    settings: {},
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
