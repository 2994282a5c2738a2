import type { Rejection } from './rejection';

/** A cheap pre-check: a line that could be part of an API error worth classifying. */
const TRIGGER = /error|limit|usage|credit|rejected|overloaded|invalid|unauthori|forbidden|\b(?:4\d\d|5\d\d)\b/i;
const WINDOW_LINES = 12;
const MAX_LINE = 4096;
const MAX_PENDING = 64 * 1024;

/** Turns a terminal's raw output stream into rejections, each reported once per command run. */
export interface TerminalScanner {
  /** Feeds a chunk of raw output (escape sequences included); returns rejections first seen in it. */
  push(chunk: string): Rejection[];
  /** Classifies what is left when the command ends. */
  end(): Rejection[];
}

/**
 * Creates a scanner for one command execution. Lines are kept in a small window so a message wrapped
 * over several lines is classified whole; TUI redraws that repeat a message are reported once.
 */
export function createTerminalScanner(classify: (text: string) => Rejection | undefined): TerminalScanner {
  let pending = '';
  let window: string[] = [];
  let triggered = false;
  const seen = new Set<string>();
  const check = (): Rejection[] => {
    if (!triggered) return [];
    triggered = false;
    const rejection = classify(window.join('\n'));
    if (!rejection) return [];
    window = [];
    const key = `${rejection.kind}|${rejection.requestId ?? rejection.message.slice(0, 160)}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [rejection];
  };
  const addLine = (line: string): void => {
    const capped = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
    if (capped.trim() === '') return;
    window.push(capped);
    if (window.length > WINDOW_LINES) window.shift();
    if (TRIGGER.test(capped)) triggered = true;
  };
  return {
    push(chunk) {
      pending += chunk;
      const parts = pending.split(/\r\n|\n|\r/);
      pending = parts.pop() ?? '';
      if (pending.length > MAX_PENDING) pending = pending.slice(-MAX_PENDING);
      for (const line of parts) addLine(line);
      return check();
    },
    end() {
      addLine(pending);
      pending = '';
      return check();
    },
  };
}
