import * as fs from 'node:fs';
import * as path from 'node:path';
import { hash53 } from '../core/hash53';

/** Claims are forgotten after this long (a claim only has to outlive the windows that saw the same event). */
const CLAIM_TTL_MS = 7 * 86_400_000;

/** A cross-process "first one wins" for keys: several editor windows reading the same log agree on who acts. */
export interface ClaimStore {
  /** True for the first caller of a key across every process sharing the folder; false for the others. */
  claim(key: string): boolean;
}

/**
 * Creates a claim store over a folder (our own global storage, which every window of the editor shares). A claim
 * is an empty file created with `wx`, which the file system grants to exactly one process. When the folder cannot
 * be used, every claim succeeds: a notification shown twice is better than one never shown.
 */
export function createClaimStore(dir: string, now: () => number = Date.now): ClaimStore {
  let isReady = false;
  const prepare = (): void => {
    if (isReady) return;
    isReady = true;
    fs.mkdirSync(dir, { recursive: true });
    void pruneOld(dir, now());
  };
  return {
    claim(key) {
      try {
        prepare();
        fs.closeSync(fs.openSync(path.join(dir, hash53(key).toString(16)), 'wx'));
        return true;
      } catch (error) {
        return (error as { code?: unknown })?.code !== 'EEXIST';
      }
    },
  };
}

async function pruneOld(dir: string, nowMs: number): Promise<void> {
  const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(dir, name);
    const st = await fs.promises.stat(file).catch(() => undefined);
    if (st?.isFile() && nowMs - st.mtimeMs > CLAIM_TTL_MS) await fs.promises.rm(file, { force: true }).catch(() => {});
  }
}
