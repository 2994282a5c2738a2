import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoursLeft, spendChartModel } from '../../src/core/spendChartModel';

const days: { date: string; bySource: Record<string, number> }[] = [
  { date: '2026-03-31', bySource: { cline: 2, 'roo-code': 1 } },
  { date: '2026-04-01', bySource: {} },
  { date: '2026-04-02', bySource: { cline: 0.5, opencode: 3.5 } },
];

test('bars stack by source, largest source first, within the plot', () => {
  const model = spendChartModel({ days, remainingUsd: null, burnPerHourUsd: null });
  assert.deepEqual(model.sources.map((s) => [s.id, s.series]), [['opencode', 0], ['cline', 1], ['roo-code', 2]]);
  assert.equal(model.bars.length, 3);
  assert.deepEqual(model.bars.map((b) => b.label), ['Mar 31', 'Apr 1', '2']);
  assert.equal(model.bars[1]?.segments.length, 0);
  for (const bar of model.bars) {
    for (const s of bar.segments) {
      assert.ok(s.y >= model.plot.top - 1e-9 && s.y + s.height <= model.plot.bottom + 1e-9);
    }
  }
  const tallest = model.bars[2]!;
  assert.ok(Math.abs(tallest.segments.reduce((a, s) => a + s.height, 0) - (model.plot.bottom - model.plot.top) * (4 / 5)) < 1e-9); // $4 of a $5 axis
  assert.equal(model.ticks.at(-1)?.label, '$5.00');
  assert.match(model.description, /\$7\.00 spent over the last 3 days \(OpenCode \$3\.50, Cline \$2\.50, Roo Code \$1\.00\)\. Highest day: Apr 2, \$4\.00/);
});

test('no spend: an empty model that says so', () => {
  const model = spendChartModel({ days: [{ date: '2026-04-01', bySource: {} }], remainingUsd: null, burnPerHourUsd: null });
  assert.equal(model.totalUsd, 0);
  assert.match(model.description, /No spend recorded/);
});

test('hours left needs both a balance and a positive burn rate', () => {
  assert.equal(hoursLeft({ remainingUsd: 12, burnPerHourUsd: 3 }), 4);
  assert.equal(hoursLeft({ remainingUsd: -2, burnPerHourUsd: 3 }), 0);
  assert.equal(hoursLeft({ remainingUsd: 12, burnPerHourUsd: 0 }), null);
  assert.equal(hoursLeft({ remainingUsd: null, burnPerHourUsd: 3 }), null);
});
