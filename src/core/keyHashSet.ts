import { hash53 } from './hash53';

/** A set of strings that remembers only a 53-bit hash of each: 8 bytes a slot, at most 75% full. */
export interface KeyHashSet {
  /** Adds a key; false when it (or a key with the same 53-bit hash) was already there. */
  add(key: string): boolean;
  /** {@link add} for a key whose `hash53` is already known. */
  addHash(hash: number): boolean;
  has(key: string): boolean;
  readonly size: number;
  /** The stored hashes, in no particular order (to persist the set and rebuild it with the same answers). */
  hashes(): number[];
}

const INITIAL_CAPACITY = 1024;
const MAX_LOAD = 0.75;

/**
 * Creates an empty set. Storing hashes, not strings, keeps millions of dedup keys in tens of megabytes; the
 * price is a chance of about n²/2⁵⁴ that two different keys collide (about 1 in 180 for ten million keys),
 * which would skip one request.
 */
export function createKeyHashSet(saved: Iterable<number> = []): KeyHashSet {
  let slots = new Float64Array(INITIAL_CAPACITY);
  let size = 0;
  const find = (table: Float64Array, h: number): number => {
    const mask = table.length - 1;
    // The table's size is a power of two: the hash's low 32 bits (well mixed) pick the slot, without a float modulo.
    let i = (h >>> 0) & mask;
    while (table[i] !== 0 && table[i] !== h) i = (i + 1) & mask;
    return i;
  };
  const grow = (): void => {
    const next = new Float64Array(slots.length * 2);
    for (const h of slots) if (h !== 0) next[find(next, h)] = h;
    slots = next;
  };
  const addHash = (h: number): boolean => {
    const i = find(slots, h);
    if (slots[i] === h) return false;
    slots[i] = h;
    size++;
    if (size > slots.length * MAX_LOAD) grow();
    return true;
  };
  for (const h of saved) if (Number.isSafeInteger(h) && h > 0) addHash(h);
  return {
    add: (key) => addHash(hash53(key)),
    addHash,
    has: (key) => slots[find(slots, hash53(key))] !== 0,
    get size() {
      return size;
    },
    hashes: () => Array.from(slots.filter((h) => h !== 0)),
  };
}
