import fc from 'fast-check';

/** One property; `share` scales the number of runs against the others (cheap ones run more). */
export interface FuzzProperty {
  readonly name: string;
  readonly share: number;
  readonly property: () => fc.IRawProperty<unknown[], boolean>;
}

/** Runs of `p` for a base count: `base × share`, at least one. */
export const runsOf = (p: FuzzProperty, base: number): number => Math.max(1, Math.round(base * p.share));

/** Checks `p` with fast-check (throws a report with the seed and the shrunk counterexample on failure). */
export async function checkProperty(p: FuzzProperty, numRuns: number, seed?: number): Promise<void> {
  await fc.assert(p.property() as fc.IAsyncProperty<unknown[]>, { numRuns, ...(seed !== undefined ? { seed } : {}) });
}
