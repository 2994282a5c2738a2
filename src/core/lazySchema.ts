import { z } from 'zod';

/**
 * A schema built on its first parse rather than at module load, for schemas nothing reads while the extension
 * activates: zod 3 builds every node eagerly, and the bundle's load time is part of activation. Parses like the
 * schema `build` returns (same data, issues and paths); only zod's `.shape`/`.extend`-style builders are not
 * offered on it.
 */
export function lazySchema<T extends z.ZodTypeAny>(build: () => T): z.ZodLazy<T> {
  let schema: T | undefined;
  return z.lazy(() => (schema ??= build()));
}
