import type { LedgerSnapshot } from './ledgerSnapshotSchema';

// The snapshot's schema is a module of its own (`ledgerSnapshotSchema`), so a ledger that is never persisted (the
// CLI's) loads no schema library.
export type { LedgerSnapshot };

/** Digits of one persisted dedup hash (53 bits fit in 14 hex digits). */
export const HASH_HEX_DIGITS = 14;

/** Packs hashes into the `seen` string of a snapshot. */
export function packHashes(hashes: readonly number[]): string {
  return hashes.map((h) => h.toString(16).padStart(HASH_HEX_DIGITS, '0')).join('');
}

/** Unpacks the `seen` string of a snapshot. */
export function unpackHashes(seen: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + HASH_HEX_DIGITS <= seen.length; i += HASH_HEX_DIGITS) out.push(parseInt(seen.slice(i, i + HASH_HEX_DIGITS), 16));
  return out;
}
