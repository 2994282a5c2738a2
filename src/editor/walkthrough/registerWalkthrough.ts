import * as vscode from 'vscode';
import { z } from 'zod';
import { microsToUsd } from '../../core/money';
import { panelPageSchema, type PanelPage, type PanelState } from '../../core/webviewProtocol';
import type { BalanceStore } from '../balanceStore';
import { COMMANDS } from '../commandIds';
import type { Logger } from '../logger';
import { registerCommand } from '../registerCommand';
import { createApiKeyService, type ApiKeyService } from './apiKeyService';
import type { AutoReloadStore } from './autoReloadStore';
import { keyCheckConfig } from './keyCheckConfig';
import { createPanelSlot, type SessionServices } from './walkthroughPanel';

/** The webview panel's view type (also in `activationEvents` as `onWebviewPanel:`). */
export const WALKTHROUGH_VIEW_TYPE = 'extraUsageGuard.walkthrough';

/** Panel state fields the walkthrough fills in itself; the rest comes from `getPanelData`. */
export type PanelData = Omit<PanelState, 'page' | 'hasApiKey' | 'keyInTerminals' | 'savedAutoReload'>;

/** What a rejection tells the panel to emphasise (the credit it named, whether an admin must act). */
export interface WalkthroughFocus {
  readonly creditOfferUsd?: number | null;
  readonly orgAdmin?: boolean;
}

/** Services the walkthrough uses from the composition root. */
export interface WalkthroughDeps {
  readonly logger: Logger;
  readonly balances: BalanceStore;
  readonly autoReload: AutoReloadStore;
  readonly getPanelData: () => PanelData;
  readonly onDidConfirmBalance: () => void;
}

/** The credit walkthrough panel (one at a time). */
export interface Walkthrough extends vscode.Disposable {
  show(page?: PanelPage, focus?: WalkthroughFocus): void;
  refresh(): void;
  isVisible(): boolean;
}

/** What the panel shows right now, beyond the data: the page and the rejection's emphasis. */
interface ViewState {
  page: PanelPage;
  focus: WalkthroughFocus;
}

const persistedSchema = z.object({ page: panelPageSchema });

/** Registers `Open Credit Walkthrough` and the panel serializer, and restores the terminal key variable. */
export function registerWalkthrough(context: vscode.ExtensionContext, deps: WalkthroughDeps): Walkthrough {
  const apiKeys = createApiKeyService(context, deps.logger);
  const view: ViewState = { page: 'what-happened', focus: {} };
  const slot = createPanelSlot(context.extensionUri, sessionServices(deps, apiKeys, view));
  const show = (page?: PanelPage, focus?: WalkthroughFocus): void => {
    if (page) view.page = page;
    if (focus) view.focus = focus;
    const open = slot.current();
    if (!open) return slot.attach(vscode.window.createWebviewPanel(WALKTHROUGH_VIEW_TYPE, vscode.l10n.t('Credit Walkthrough'), vscode.ViewColumn.Active));
    open.panel.reveal();
    slot.refresh();
  };
  const disposables: vscode.Disposable[] = [
    apiKeys,
    apiKeys.onDidChange(() => slot.refresh()),
    registerCommand(COMMANDS.openWalkthrough, deps.logger, (arg) => show(pageArgument(arg, deps.logger))),
    vscode.window.registerWebviewPanelSerializer(WALKTHROUGH_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state) {
        const parsed = persistedSchema.safeParse(state);
        if (parsed.success) view.page = parsed.data.page;
        slot.attach(panel);
      },
    }),
  ];
  return {
    show,
    refresh: () => slot.refresh(),
    isVisible: () => slot.current()?.panel.visible ?? false,
    dispose() {
      slot.dispose();
      for (const d of disposables) d.dispose();
    },
  };
}

function sessionServices(deps: WalkthroughDeps, apiKeys: ApiKeyService, view: ViewState): SessionServices {
  const readGlobal = (key: string): unknown => vscode.workspace.getConfiguration('extraUsageGuard').inspect(key)?.globalValue;
  return {
    logger: deps.logger,
    balances: deps.balances,
    apiKeys,
    autoReload: deps.autoReload,
    onDidConfirmBalance: deps.onDidConfirmBalance,
    keyCheckConfig: () => keyCheckConfig(readGlobal, (message) => deps.logger.warn(message)),
    setPage: (page) => void (view.page = page),
    buildState: async () => {
      const saved = deps.autoReload.get();
      return {
        ...deps.getPanelData(),
        ...definedOnly(view.focus),
        page: view.page,
        hasApiKey: await apiKeys.hasKey(),
        keyInTerminals: apiKeys.isInTerminals(),
        savedAutoReload: saved ? { thresholdUsd: microsToUsd(saved.thresholdMicros), amountUsd: microsToUsd(saved.amountMicros) } : null,
      };
    },
  };
}

function pageArgument(arg: unknown, logger: Logger): PanelPage | undefined {
  if (arg === undefined) return undefined;
  const parsed = panelPageSchema.safeParse(arg);
  if (!parsed.success) logger.warn('Open Credit Walkthrough was given an unknown page; showing the current one.');
  return parsed.success ? parsed.data : undefined;
}

function definedOnly(focus: WalkthroughFocus): Partial<Pick<PanelState, 'creditOfferUsd' | 'orgAdmin'>> {
  return Object.fromEntries(Object.entries(focus).filter(([, value]) => value !== undefined));
}
