import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from '../../src/cli/cliCommand';
import { isRuntimeZone, localDateFor, resolveTimeZone, zoneName } from '../../src/cli/cliTimeZone';
import { localDateIn } from '../../src/core/localDateIn';

test('a zone is the runtime one only when TZ names it as ICU takes it', () => {
  assert.equal(isRuntimeZone('America/New_York', 'America/New_York'), true);
  assert.equal(isRuntimeZone('Europe/Berlin', ':Europe/Berlin'), true);
  assert.equal(isRuntimeZone('America/New_York', 'Europe/Berlin'), false);
  assert.equal(isRuntimeZone('America/New_York', undefined), false);
  assert.equal(isRuntimeZone('Etc/GMT+5', 'Etc/GMT+5'), false, 'ICU does not take a TZ with digits as a zone name');
  assert.equal(isRuntimeZone('US/Eastern', 'US/Eastern'), false, 'an alias is left to Intl');
});

test('resolveTimeZone: the flag checked, else a valid TZ, else the runtime zone (undefined)', () => {
  assert.equal(resolveTimeZone('Asia/Tokyo', {}), 'Asia/Tokyo');
  assert.equal(resolveTimeZone('UTC', {}), 'UTC');
  assert.throws(() => resolveTimeZone('Mars/Olympus', {}), UsageError);
  assert.equal(resolveTimeZone(undefined, { TZ: ':Europe/Berlin' }), 'Europe/Berlin');
  assert.equal(resolveTimeZone(undefined, { TZ: 'Not/AZone' }), undefined);
  assert.equal(resolveTimeZone(undefined, {}), undefined);
  assert.equal(zoneName('Asia/Tokyo'), 'Asia/Tokyo');
  assert.equal(typeof zoneName(undefined), 'string');
});

test("local dates from Date's fields equal Intl's in the runtime zone, across DST changes and odd offsets", () => {
  const saved = process.env.TZ;
  try {
    for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Asia/Katmandu', 'Asia/Calcutta', 'Pacific/Chatham', 'Europe/London']) {
      process.env.TZ = zone;
      assert.equal(isRuntimeZone(zone), true, zone);
      const fast = localDateFor(zone);
      const intl = localDateIn(zone);
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7 * 60_000 + 13_000) {
        if (fast(ms) !== intl(ms)) assert.fail(`${zone} ${new Date(ms).toISOString()}: ${fast(ms)} vs ${intl(ms)}`);
      }
      for (const ms of [Date.UTC(1, 0, 1), Date.UTC(9999, 11, 31, 23), Date.UTC(10000, 0, 1), Date.UTC(-1, 5, 1), 0, -1]) {
        assert.equal(fast(ms), intl(ms), `${zone} ${ms}`);
      }
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('a zone other than the runtime one is counted through Intl', () => {
  const ms = Date.UTC(2026, 10, 25, 3, 0);
  assert.equal(localDateFor('Asia/Tokyo')(ms), '2026-11-25');
  assert.equal(localDateFor('America/Los_Angeles')(ms), '2026-11-24');
});
