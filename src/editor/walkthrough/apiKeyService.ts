import * as vscode from 'vscode';
import type { Logger } from '../logger';

const SECRET_KEY = 'extraUsageGuard.anthropicApiKey';
const TERMINALS_FLAG = 'extraUsageGuard.keyInTerminals';
const VARIABLE = 'ANTHROPIC_API_KEY';

/** The user's Anthropic API key: kept only in SecretStorage, optionally handed to new terminals. */
export interface ApiKeyService extends vscode.Disposable {
  hasKey(): Promise<boolean>;
  /** The key itself, for the key check only; never to be logged or posted to a webview. */
  read(): Promise<string | undefined>;
  save(key: string): Promise<void>;
  remove(): Promise<void>;
  isInTerminals(): boolean;
  setInTerminals(enabled: boolean): Promise<void>;
  /** Fires when the key changes, also from another window. */
  readonly onDidChange: vscode.Event<void>;
}

/** Creates the service and re-applies the terminal variable when the user had turned it on. */
export function createApiKeyService(context: vscode.ExtensionContext, logger: Logger): ApiKeyService {
  const env = context.environmentVariableCollection;
  // Must be set before any mutation: a persistent collection is written to workspace storage in plain text.
  env.persistent = false;
  env.description = new vscode.MarkdownString(
    vscode.l10n.t(
      'Extra Usage Guard sets `ANTHROPIC_API_KEY` (your saved Anthropic API key) in new terminals, so Claude Code bills that key instead of your subscription. Turn it off in **Extra Usage Guard: Open Credit Walkthrough**.',
    ),
  );
  const changed = new vscode.EventEmitter<void>();
  const isInTerminals = (): boolean => context.globalState.get<unknown>(TERMINALS_FLAG) === true;
  const applyToTerminals = async (): Promise<void> => {
    const key = isInTerminals() ? await context.secrets.get(SECRET_KEY) : undefined;
    if (key) env.replace(VARIABLE, key);
    else env.delete(VARIABLE);
  };
  const onSecret = context.secrets.onDidChange((e) => {
    if (e.key !== SECRET_KEY) return;
    void applyToTerminals();
    changed.fire();
  });
  void applyToTerminals().catch((error) => logger.error('Could not restore the terminal key variable', error));
  return {
    hasKey: async () => (await context.secrets.get(SECRET_KEY)) !== undefined,
    read: async () => context.secrets.get(SECRET_KEY),
    async save(key) {
      await context.secrets.store(SECRET_KEY, key);
      await applyToTerminals();
      logger.info('An API key was saved to the editor secret storage.');
    },
    async remove() {
      await context.secrets.delete(SECRET_KEY);
      await context.globalState.update(TERMINALS_FLAG, false);
      env.delete(VARIABLE);
      logger.info('The saved API key was removed, and the terminal variable with it.');
    },
    isInTerminals,
    async setInTerminals(enabled) {
      await context.globalState.update(TERMINALS_FLAG, enabled);
      await applyToTerminals();
      logger.info(`API key in new terminals: ${enabled ? 'on' : 'off'}.`);
    },
    onDidChange: changed.event,
    dispose() {
      onSecret.dispose();
      changed.dispose();
    },
  };
}
