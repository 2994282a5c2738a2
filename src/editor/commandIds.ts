/** Every command id the extension registers; `package.json` contributes the same ids. */
export const COMMANDS = {
  explainRejection: 'extraUsageGuard.explainRejection',
  openWalkthrough: 'extraUsageGuard.openWalkthrough',
  setBalance: 'extraUsageGuard.setBalance',
  showLog: 'extraUsageGuard.showLog',
  resetDismissed: 'extraUsageGuard.resetDismissed',
  statusBarMenu: 'extraUsageGuard.statusBarMenu',
} as const;

/** A command id of this extension. */
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
