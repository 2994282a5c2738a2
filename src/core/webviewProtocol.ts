import { z } from 'zod';
import { explanationSchema } from './explanation';
import { lazySchema } from './lazySchema';

/** Pages of the walkthrough panel, in reading order. */
export const PANEL_PAGES = ['what-happened', 'claim-credit', 'auto-reload', 'api-key', 'other-ways', 'spend'] as const;
/** Schema of a page id. */
export const panelPageSchema = z.enum(PANEL_PAGES);
/** A page of the panel. */
export type PanelPage = z.infer<typeof panelPageSchema>;

/** Links the webview may ask the host to open; the host maps them to https URLs it owns. */
export const LINK_IDS = [
  'usage-settings',
  'admin-settings',
  'console-billing',
  'console-keys',
  'status-page',
  'claude-ai',
  'claude-code-auth',
] as const;
/** Schema of a link id. */
export const linkIdSchema = z.enum(LINK_IDS);

// The schemas below are built on first use (`lazySchema`): only the open panel and its host parse them.

const rejectionViewSchema = () =>
  explanationSchema
    .pick({ title: true, pool: true, poolLabel: true, waitingHelps: true, waitUntil: true, summary: true, steps: true, pitfalls: true })
    .extend({ kind: z.string(), tool: z.string(), at: z.string(), requestId: z.string().nullable(), message: z.string() });

const chartDaySchema = () => z.object({ date: z.string(), bySource: z.record(z.string(), z.number()) });

/** Everything the panel shows; sent whole on every change (it is small). Never holds a secret. */
export const panelStateSchema = lazySchema(() => z.object({
  page: panelPageSchema,
  rejection: rejectionViewSchema().nullable(),
  creditOfferUsd: z.number().nullable(),
  orgAdmin: z.boolean(),
  balanceText: z.string(),
  hasApiKey: z.boolean(),
  keyInTerminals: z.boolean(),
  /** The suggested auto-reload (see `suggestAutoReload`). */
  autoReload: z.object({ thresholdUsd: z.number(), amountUsd: z.number(), basis: z.string() }),
  /** What the user recorded as their auto-reload, if anything. */
  savedAutoReload: z.object({ thresholdUsd: z.number(), amountUsd: z.number() }).nullable(),
  chart: z.object({ days: z.array(chartDaySchema()), remainingUsd: z.number().nullable(), burnPerHourUsd: z.number().nullable(), summary: z.string() }),
}));
/** The panel's state. */
export type PanelState = z.infer<typeof panelStateSchema>;

/** Outcome of "Check key", in plain words. */
export const keyCheckResultSchema = lazySchema(() => z.object({
  status: z.enum(['ok', 'unauthorized', 'forbidden', 'rate-limited', 'network', 'timeout', 'error', 'no-key']),
  message: z.string(),
}));
/** Outcome of a key check. */
export type KeyCheckResult = z.infer<typeof keyCheckResultSchema>;

/** Messages from the extension host to the panel. */
export const hostToWebviewMessageSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), state: panelStateSchema }),
  z.object({ type: z.literal('keyCheck'), result: keyCheckResultSchema }),
  z.object({ type: z.literal('notice'), level: z.enum(['info', 'error']), text: z.string() }),
]));
/** A host → panel message. */
export type HostToWebviewMessage = z.infer<typeof hostToWebviewMessageSchema>;

/** Messages from the panel to the extension host. */
export const webviewToHostMessageSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('navigate'), page: panelPageSchema }),
  z.object({ type: z.literal('openLink'), link: linkIdSchema }),
  z.object({ type: z.literal('confirmClaimed'), amount: z.string().max(40) }),
  z.object({ type: z.literal('setBalance') }),
  z.object({ type: z.literal('saveApiKey'), key: z.string().min(1).max(500) }),
  z.object({ type: z.literal('checkApiKey') }),
  z.object({ type: z.literal('removeApiKey') }),
  z.object({ type: z.literal('provideKeyToTerminals'), enabled: z.boolean() }),
  z.object({ type: z.literal('saveAutoReload'), threshold: z.string().max(40), amount: z.string().max(40) }),
]));
/** A panel → host message. */
export type WebviewToHostMessage = z.infer<typeof webviewToHostMessageSchema>;

/** The translations the host puts on the panel page (`vscode.l10n.bundle`: English message → translated message). */
export const l10nBundleSchema = lazySchema(() => z.record(z.string(), z.string()));
/** A translation bundle for the panel. */
export type L10nBundle = z.infer<typeof l10nBundleSchema>;
