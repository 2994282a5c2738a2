import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../core/lazySchema';
import type { LedgerSnapshot } from '../core/ledgerSnapshot';
import { ledgerSnapshotSchema } from '../core/ledgerSnapshotSchema';
import { parseTailStates, type TailStates } from './tailState';

/** Larger files are not read back (a damaged or foreign file must not stall the start). */
export const MAX_SCAN_STATE_BYTES = 64 * 1024 * 1024;

/** What a restart resumes from: tail offsets and the ledger built from the bytes before them, taken together. */
export interface ScanState {
  /** Fingerprint of the folders and settings the scan covered: another fingerprint means a fresh scan. */
  readonly configKey: string;
  readonly savedAt: string;
  readonly tail: TailStates;
  readonly ledger: LedgerSnapshot;
}

const fileSchema = lazySchema(() => z.object({
  version: z.literal(1),
  configKey: z.string(),
  savedAt: z.string(),
  tail: z.unknown(),
  ledger: ledgerSnapshotSchema,
}));

/** Why a saved state was not used; `missing` is the normal first start. */
export type ScanStateProblem = 'missing' | 'too-large' | 'unreadable' | 'damaged';

/** Reads a saved state; never throws. A damaged file is reported and then simply replaced by the next save. */
export async function readScanState(file: string): Promise<{ state: ScanState } | { problem: ScanStateProblem }> {
  let text: string;
  try {
    const st = await fsp.stat(file);
    if (st.size > MAX_SCAN_STATE_BYTES) return { problem: 'too-large' };
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    return { problem: (error as { code?: unknown })?.code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'damaged' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { problem: 'damaged' };
  const { configKey, savedAt, tail, ledger } = parsed.data;
  return { state: { configKey, savedAt, tail: parseTailStates(tail), ledger } };
}

const serialize = (state: ScanState): string => JSON.stringify({ version: 1, ...state });
/** A name no other writer uses, so two windows saving at once never mix their bytes. */
const tempName = (file: string): string => `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;

/**
 * Saves atomically: the bytes go to a temporary file that is then renamed over the old one, so a crash or a
 * second window saving at the same moment leaves one whole state, never a mixture.
 */
export async function writeScanState(file: string, state: ScanState): Promise<void> {
  const temp = tempName(file);
  try {
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(temp, serialize(state));
    await fsp.rename(temp, file);
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

/** The synchronous twin of {@link writeScanState}, for the last save while the extension is shut down. */
export function writeScanStateSync(file: string, state: ScanState): void {
  const temp = tempName(file);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, serialize(state));
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
