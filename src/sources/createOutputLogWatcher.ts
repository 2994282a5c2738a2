import type { Rejection, RejectionEvent } from '../core/rejection';
import { createTerminalScanner, type TerminalScanner } from '../core/terminalScanner';
import { createListenerSet, type Disposable, type Event } from './listenerSet';
import { listOutputLogFiles, type OutputLogFile } from './outputLogFiles';
import { streamAppended, tailStateAtEnd } from './tailFile';
import type { FileTailState } from './tailState';

/** Options of the output-log watcher. */
export interface OutputLogWatcherOptions {
  /** The extension-host log folder (the parent of our own `logUri`). */
  readonly logsDir: string;
  readonly classify: (text: string) => Rejection | undefined;
  /** Default 3000 ms. */
  readonly pollMs?: number;
  readonly now?: () => Date;
}

/** Reports rejections written to AI tools' output-channel logs after it started. */
export interface OutputLogWatcher extends Disposable {
  readonly onDidSeeRejection: Event<RejectionEvent>;
  /** Marks what the logs already hold as read, then polls for appended lines. Resolves with the files found. */
  start(): Promise<readonly OutputLogFile[]>;
}

interface Tracked {
  state: FileTailState | undefined;
  readonly scanner: TerminalScanner;
}

/** Creates the watcher; free text is classified through the terminal scanner (wrapped lines, dedupe). */
export function createOutputLogWatcher(options: OutputLogWatcherOptions): OutputLogWatcher {
  const rejections = createListenerSet<RejectionEvent>();
  const tracked = new Map<string, Tracked>();
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let isBusy = false;
  const poll = async (isFirst: boolean): Promise<readonly OutputLogFile[]> => {
    const files = await listOutputLogFiles(options.logsDir);
    for (const file of files) {
      let entry = tracked.get(file.path);
      if (!entry) {
        // Old lines are history, not news: at start every existing file is taken as read to its end.
        const atEnd = isFirst ? await tailStateAtEnd(file.path) : undefined;
        entry = { state: atEnd?.status === 'read' ? atEnd.state : undefined, scanner: createTerminalScanner(options.classify) };
        tracked.set(file.path, entry);
        if (isFirst) continue;
      }
      await readAppended(file, entry);
    }
    return files;
  };
  const readAppended = async (file: OutputLogFile, entry: Tracked): Promise<void> => {
    const found: Rejection[] = [];
    const result = await streamAppended(file.path, entry.state, (line) => found.push(...entry.scanner.push(`${line}\n`)));
    if (result.status === 'read') entry.state = result.state;
    const origin = { source: file.tool, location: `${file.channel} log` };
    for (const r of found) rejections.fire({ ...r, at: now().toISOString(), origin, isHistorical: false });
  };
  const tick = (): void => {
    if (isBusy) return;
    isBusy = true;
    void poll(false).finally(() => (isBusy = false));
  };
  return {
    onDidSeeRejection: rejections.event,
    async start() {
      const files = await poll(true);
      timer = setInterval(tick, options.pollMs ?? 3000);
      timer.unref();
      return files;
    },
    dispose() {
      clearInterval(timer);
      rejections.clear();
    },
  };
}
