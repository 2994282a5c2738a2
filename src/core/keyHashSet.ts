/** A set of strings that remembers only a 53-bit hash of each: 8 bytes a slot, at most 75% full. */
export interface KeyHashSet {
  /** Adds a key; false when it (or a key with the same 53-bit hash) was already there. */
  add(key: string): boolean;
  has(key: string): boolean;
  readonly size: number;
}

const INITIAL_CAPACITY = 1024;
const MAX_LOAD = 0.75;

/**
 * Creates an empty set. Storing hashes, not strings, keeps millions of dedup keys in tens of megabytes; the
 * price is a chance of about n²/2⁵⁴ that two different keys collide (about 1 in 180 for ten million keys),
 * which would skip one request.
 */
export function createKeyHashSet(): KeyHashSet {
  let slots = new Float64Array(INITIAL_CAPACITY);
  let size = 0;
  const find = (table: Float64Array, h: number): number => {
    const mask = table.length - 1;
    let i = h % table.length;
    while (table[i] !== 0 && table[i] !== h) i = (i + 1) & mask;
    return i;
  };
  const grow = (): void => {
    const next = new Float64Array(slots.length * 2);
    for (const h of slots) if (h !== 0) next[find(next, h)] = h;
    slots = next;
  };
  return {
    add(key) {
      const h = hash53(key);
      const i = find(slots, h);
      if (slots[i] === h) return false;
      slots[i] = h;
      size++;
      if (size > slots.length * MAX_LOAD) grow();
      return true;
    },
    has: (key) => slots[find(slots, hash53(key))] !== 0,
    get size() {
      return size;
    },
  };
}

/** cyrb53 (public domain): a fast, well-mixed 53-bit string hash; 0 is kept free to mark empty slots. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const h = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return h === 0 ? 1 : h;
}
