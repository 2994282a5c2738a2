import * as vscode from 'vscode';
import { webviewToHostMessageSchema, type HostToWebviewMessage, type PanelState } from '../../core/webviewProtocol';
import { panelHtml, panelResourceRoots } from './panelHtml';
import { handlePanelMessage, type PanelServices } from './panelMessages';

/** One open panel: its webview, wired to the message handlers. */
export interface PanelSession extends vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  postState(): Promise<void>;
}

/** What a session needs from the walkthrough: everything but its own `post`/`postState`. */
export type SessionServices = Omit<PanelServices, 'post' | 'postState'> & { buildState(): Promise<PanelState> };

/** Sets the panel's options and HTML and handles its messages until it is closed. */
export function attachPanel(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, services: SessionServices): PanelSession {
  const { logger } = services;
  panel.webview.options = { enableScripts: true, localResourceRoots: panelResourceRoots(extensionUri) };
  panel.webview.html = panelHtml(panel.webview, extensionUri);
  const post = (message: HostToWebviewMessage): void => void panel.webview.postMessage(message);
  const postState = async (): Promise<void> => post({ type: 'state', state: await services.buildState() });
  const handlers: PanelServices = { ...services, post, postState };
  const listener = panel.webview.onDidReceiveMessage((raw: unknown) => {
    const parsed = webviewToHostMessageSchema.safeParse(raw);
    if (!parsed.success) {
      logger.warn(`Dropped an invalid message from the walkthrough panel (type: ${messageType(raw)}).`);
      return;
    }
    handlePanelMessage(parsed.data, handlers).catch((error: unknown) => {
      logger.error(`Walkthrough action ${parsed.data.type} failed`, error);
      post({ type: 'notice', level: 'error', text: vscode.l10n.t('That did not work. The log (Extra Usage Guard: Show Log) has the details.') });
    });
  });
  return { panel, postState, dispose: () => listener.dispose() };
}

/** The `type` of a message when it is a short identifier; never any other content. */
function messageType(raw: unknown): string {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && /^[\w-]{1,40}$/.test(type) ? type : '(none)';
}

/** Holds the single open panel, if any. */
export interface PanelSlot extends vscode.Disposable {
  attach(panel: vscode.WebviewPanel): void;
  current(): PanelSession | undefined;
  /** Sends a fresh state to the open panel, if any. */
  refresh(): void;
}

/** Creates the slot; a closed panel empties it. */
export function createPanelSlot(extensionUri: vscode.Uri, services: SessionServices): PanelSlot {
  let session: PanelSession | undefined;
  return {
    attach(panel) {
      const attached = attachPanel(panel, extensionUri, services);
      session = attached;
      panel.onDidDispose(() => {
        attached.dispose();
        if (session === attached) session = undefined;
      });
    },
    current: () => session,
    refresh() {
      session?.postState().catch((error: unknown) => services.logger.error('Could not update the walkthrough panel', error));
    },
    dispose: () => session?.panel.dispose(),
  };
}
