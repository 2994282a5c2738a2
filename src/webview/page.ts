import type { KeyCheckResult, PanelPage, PanelState, WebviewToHostMessage } from '../core/webviewProtocol';

/** Sends a message to the host. */
export type Send = (message: WebviewToHostMessage) => void;

/** One page of the panel: built once, updated on every state. */
export interface Page {
  readonly id: PanelPage;
  readonly title: string;
  readonly root: HTMLElement;
  update(state: PanelState): void;
  onKeyCheck?(result: KeyCheckResult): void;
}
