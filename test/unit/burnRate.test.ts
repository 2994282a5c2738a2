import { test } from 'node:test';
import assert from 'node:assert/strict';
import { burnRate } from '../../src/core/burnRate';

const at = (hhmm: string, day = '2026-11-25'): number => Date.parse(`${day}T${hhmm}:00Z`);
const usd = (n: number): number => Math.round(n * 1_000_000);

test('no spend: the rate is unknown, not zero', () => {
  assert.equal(burnRate([]), null);
  assert.equal(burnRate([{ at: at('10:00'), micros: 0 }]), null);
});

test('idle gaps split sessions and do not dilute the rate', () => {
  const points = [
    { at: at('10:00'), micros: usd(1) },
    { at: at('10:10'), micros: usd(1) },
    { at: at('10:20'), micros: usd(1) },
    // five hours idle
    { at: at('15:30'), micros: usd(2) },
    { at: at('15:40'), micros: usd(1) },
  ];
  const rate = burnRate(points)!;
  // Active: 15:30→15:40 = 10 min, 15:30 opens a session (2 min lead-in), 10:00→10:20 = 20 min, 10:00 opens one (2 min).
  assert.equal(rate.activeMs, 34 * 60_000);
  assert.equal(rate.sessions, 2);
  assert.equal(rate.spentMicros, usd(6));
  // $6 over 34 minutes = $6 × 60 / 34 an hour.
  assert.equal(rate.microsPerHour, Math.round((6_000_000 * 60) / 34));
  assert.equal(rate.fromMs, at('10:00'));
  assert.equal(rate.toMs, at('15:40'));
});

test('a gap of exactly the idle limit stays in the session; points arrive in any order', () => {
  const rate = burnRate([{ at: at('10:15'), micros: usd(1) }, { at: at('10:00'), micros: usd(1) }])!;
  assert.equal(rate.sessions, 1);
  assert.equal(rate.activeMs, (15 + 2) * 60_000);
});

test('a single early request is measured over the minimum active span, not its 2-minute lead-in', () => {
  const rate = burnRate([{ at: at('10:00'), micros: usd(0.5) }])!;
  assert.equal(rate.activeMs, 2 * 60_000);
  assert.equal(rate.microsPerHour, usd(0.5 * 12)); // $0.50 per 5 minutes
});

test('only the most recent 24 hours of active time are measured', () => {
  // 30 hours of steady use, $0.10 every 10 minutes; before that a very expensive hour that must not count.
  const start = at('00:00', '2026-11-20');
  const points = [{ at: start - 3_600_000, micros: usd(100) }];
  for (let i = 0; i <= 180; i++) points.push({ at: start + i * 600_000, micros: usd(0.1) });
  const rate = burnRate(points)!;
  // Walking back, each request adds 10 minutes; 144 requests make 24 hours.
  assert.equal(rate.activeMs, 24 * 3_600_000);
  assert.equal(rate.spentMicros, 144 * usd(0.1));
  assert.equal(rate.microsPerHour, usd(0.6));
});
