/** A set of recent keys that forgets the oldest past `limit`, so a long-lived watcher stays small. */
export interface BoundedKeySet {
  /** Adds the key; false when it was already there (a duplicate). */
  add(key: string): boolean;
  readonly size: number;
}

/** Creates a bounded key set (insertion order; the oldest key is dropped first). */
export function createBoundedKeySet(limit: number): BoundedKeySet {
  const keys = new Set<string>();
  return {
    add(key) {
      if (keys.has(key)) return false;
      keys.add(key);
      if (keys.size > limit) {
        const oldest = keys.values().next();
        if (!oldest.done) keys.delete(oldest.value);
      }
      return true;
    },
    get size() { return keys.size; },
  };
}
