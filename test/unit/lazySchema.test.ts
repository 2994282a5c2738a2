import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { lazySchema } from '../../src/core/lazySchema';

test('a lazy schema is built once, on its first parse, and parses like the schema itself', () => {
  let builds = 0;
  const eager = z.object({ page: z.enum(['a', 'b']), count: z.number().int().default(1) });
  const lazy = lazySchema(() => {
    builds++;
    return eager;
  });
  assert.equal(builds, 0);
  for (const input of [{ page: 'a' }, { page: 'c' }, { page: 'b', count: 1.5 }, null, { page: 'a', extra: true }]) {
    const [got, want] = [lazy.safeParse(input), eager.safeParse(input)];
    assert.deepEqual([got.success, got.data, got.error?.issues], [want.success, want.data, want.error?.issues], JSON.stringify(input));
  }
  assert.equal(z.object({ nested: lazy }).safeParse({ nested: { page: 'b' } }).success, true);
  assert.equal(builds, 1);
});
