import { monitorEventLoopDelay } from 'node:perf_hooks';
import { performance } from 'node:perf_hooks';

/** How long the event loop was kept from turning while a body ran. */
export interface BlockingFigures {
  /** Longest gap between two turns of a setImmediate ping loop: the longest synchronous slice, in ms. */
  readonly longestSliceMs: number;
  /** Max of `monitorEventLoopDelay` (10 ms resolution), in ms: a second opinion. */
  readonly maxDelayMs: number;
  /** Turns of the ping loop. */
  readonly turns: number;
}

/** Runs `body` while a setImmediate ping loop and `monitorEventLoopDelay` watch the event loop. */
export async function measureBlocking<T>(body: () => Promise<T>): Promise<{ value: T; figures: BlockingFigures }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let longest = 0;
  let turns = 0;
  let isRunning = true;
  let last = performance.now();
  const ping = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
    if (isRunning) setImmediate(ping);
  };
  histogram.enable();
  setImmediate(ping);
  try {
    const value = await body();
    return { value, figures: { longestSliceMs: longest, maxDelayMs: histogram.max / 1e6, turns } };
  } finally {
    isRunning = false;
    histogram.disable();
  }
}
