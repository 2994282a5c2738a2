import * as vscode from 'vscode';
import type { StatusBarViewModel } from '../core/formatEstimate';
import { COMMANDS } from './commandIds';

/** What the status bar item shows: the view-model computed by pure code in `core/`. */
export type StatusBarView = StatusBarViewModel;

/** The single status bar item, rendered at most once a second from the latest view. */
export interface StatusBar extends vscode.Disposable {
  render(view: StatusBarView): void;
  /** Shows or hides the item (the `statusBar.enabled` setting). */
  setVisible(isVisible: boolean): void;
  readonly current: StatusBarView | undefined;
}

const MIN_INTERVAL_MS = 1000;

/** Creates the `extraUsageGuard.credit` item; clicking it opens the actions menu. */
export function createStatusBar(): StatusBar {
  const item = vscode.window.createStatusBarItem('extraUsageGuard.credit', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Extra Usage Credit');
  item.command = COMMANDS.statusBarMenu;
  let current: StatusBarView | undefined;
  let pending: StatusBarView | undefined;
  let lastRender = 0;
  let timer: NodeJS.Timeout | undefined;
  let isVisible = true;
  const apply = (view: StatusBarView): void => {
    lastRender = Date.now();
    current = view;
    item.text = view.text;
    item.tooltip = toTooltip(view.tooltipLines);
    item.backgroundColor =
      view.background === 'none' ? undefined : new vscode.ThemeColor(`statusBarItem.${view.background}Background`);
    item.accessibilityInformation = { label: view.accessibilityLabel, role: 'button' };
    if (isVisible) item.show();
  };
  return {
    get current() {
      return pending ?? current;
    },
    render(view) {
      pending = view;
      if (timer) return;
      const wait = Math.max(0, lastRender + MIN_INTERVAL_MS - Date.now());
      timer = setTimeout(() => {
        timer = undefined;
        if (pending) apply(pending);
        pending = undefined;
      }, wait);
    },
    setVisible(visible) {
      isVisible = visible;
      if (visible && current) item.show();
      else if (!visible) item.hide();
    },
    dispose() {
      if (timer) clearTimeout(timer);
      item.dispose();
    },
  };
}

function toTooltip(lines: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(lines.join('\n\n'), true);
  md.isTrusted = { enabledCommands: Object.values(COMMANDS) };
  return md;
}
