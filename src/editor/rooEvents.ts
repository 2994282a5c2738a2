import * as vscode from 'vscode';
import type { Rejection, RejectionEvent } from '../core/rejection';
import type { Logger } from './logger';

/** Roo Code and its forks export an event emitter with `message` events (never force-activated here). */
const ROO_FAMILY: Readonly<Record<string, string>> = {
  'RooVeterinaryInc.roo-cline': 'roo-code',
  'kilocode.kilo-code': 'kilo-code',
};
const POLL_MS = 30_000;

interface RooMessage {
  readonly ts?: unknown;
  readonly type?: unknown;
  readonly ask?: unknown;
  readonly say?: unknown;
  readonly text?: unknown;
  readonly partial?: unknown;
}
interface RooApi {
  on(event: 'message', listener: (payload: { taskId?: unknown; message?: RooMessage }) => void): unknown;
  off?(event: 'message', listener: (payload: { taskId?: unknown; message?: RooMessage }) => void): unknown;
}

/** Failure text of a Roo message, or undefined for every other message. */
export function rooFailureText(message: RooMessage | undefined): string | undefined {
  if (!message || message.partial === true || typeof message.text !== 'string') return undefined;
  if (message.type === 'ask' && message.ask === 'api_req_failed') return message.text;
  if (message.type === 'say' && (message.say === 'api_req_retry_delayed' || message.say === 'error')) return message.text;
  return undefined;
}

/** Listens to Roo Code / Kilo Code failures as they happen, attaching once each extension is active. */
export function createRooEventsSource(
  classify: (text: string) => Rejection | undefined,
  publish: (event: RejectionEvent) => void,
  logger: Logger,
): vscode.Disposable {
  const detach = new Map<string, () => void>();
  const tryAttach = (id: string, source: string): void => {
    const ext = vscode.extensions.getExtension<unknown>(id);
    if (!ext?.isActive || detach.has(id)) return;
    const api = ext.exports as Partial<RooApi> | undefined;
    if (typeof api?.on !== 'function') return;
    const listener = (payload: { message?: RooMessage }): void => {
      const text = rooFailureText(payload?.message);
      const rejection = text === undefined ? undefined : classify(text);
      if (!rejection) return;
      const ts = typeof payload.message?.ts === 'number' ? payload.message.ts : Date.now();
      publish({ ...rejection, at: new Date(ts).toISOString(), origin: { source, location: 'live event' }, isHistorical: false });
    };
    api.on('message', listener);
    detach.set(id, () => api.off?.('message', listener));
    logger.info(`Listening to ${source} failure events.`);
  };
  const scan = (): void => {
    for (const [id, source] of Object.entries(ROO_FAMILY)) tryAttach(id, source);
  };
  scan();
  const timer = setInterval(scan, POLL_MS);
  const changes = vscode.extensions.onDidChange(scan);
  return {
    dispose() {
      clearInterval(timer);
      changes.dispose();
      for (const off of detach.values()) off();
    },
  };
}
