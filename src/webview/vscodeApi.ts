import type { WebviewToHostMessage } from '../core/webviewProtocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The typed channel to the extension host; `acquireVsCodeApi` may be called only once, so main owns it. */
export interface HostChannel {
  send(message: WebviewToHostMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** Wraps the VS Code webview API. */
export function createHostChannel(): HostChannel {
  const api = acquireVsCodeApi();
  return {
    send: (message) => api.postMessage(message),
    getState: () => api.getState(),
    setState: (state) => api.setState(state),
  };
}
