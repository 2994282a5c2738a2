// A cheap stand-in for the `vscode` module and an ExtensionContext, for the activation benchmark: plain
// objects and functions for the members the extension uses, shaped like the real ones (settings return
// package.json defaults, as a fresh profile does), so the time measured is the extension's own.
import * as path from 'node:path';

type Listener<T> = (value: T) => unknown;
const noopDisposable = { dispose(): void {} };
const noEvent = (): typeof noopDisposable => noopDisposable;
const resolved = async (): Promise<undefined> => undefined;

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  constructor(private readonly onDispose: () => unknown) {}
  dispose(): void {
    this.onDispose();
  }
}

class EventEmitter<T> {
  #listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): Disposable => {
    this.#listeners.add(listener);
    return new Disposable(() => this.#listeners.delete(listener));
  };
  fire(value: T): void {
    for (const l of this.#listeners) l(value);
  }
  dispose(): void {
    this.#listeners.clear();
  }
}

class Uri {
  private constructor(readonly fsPath: string) {}
  get path(): string {
    return this.fsPath;
  }
  static file(p: string): Uri {
    return new Uri(p);
  }
  static parse(s: string): Uri {
    return new Uri(s);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(path.join(base.fsPath, ...parts));
  }
  toString(): string {
    return `file://${this.fsPath}`;
  }
}

class MarkdownString {
  isTrusted: unknown;
  constructor(public value = '', public supportThemeIcons = false) {}
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
}

class ThemeColor {
  constructor(readonly id: string) {}
}

/** `vscode.l10n.t` without a bundle: the English message with `{0}` / `{name}` filled in. */
function translate(message: string | { message: string; args?: unknown }, ...rest: unknown[]): string {
  const text = typeof message === 'string' ? message : message.message;
  const args = (typeof message === 'string' ? (rest.length === 1 && typeof rest[0] === 'object' ? rest[0] : rest) : message.args) ?? [];
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => String((args as Record<string, unknown>)[key] ?? whole));
}

function outputChannel(name: string): Record<string, unknown> {
  const log = (): void => {};
  return { name, info: log, warn: log, error: log, debug: log, trace: log, append: log, appendLine: log, show: log, hide: log, clear: log, dispose: log };
}

function statusBarItem(id: string, alignment: number, priority: number): Record<string, unknown> {
  return { id, alignment, priority, text: '', show() {}, hide() {}, dispose() {} };
}

/** The `vscode` module as the extension sees it; `defaults` maps `section.key` to its package.json default. */
export function createVscodeStub(defaults: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const getConfiguration = (section = '') => ({
    get: (key: string, fallback?: unknown) => defaults[`${section}.${key}`] ?? fallback,
    has: (key: string) => `${section}.${key}` in defaults,
    inspect: (key: string) => ({ key: `${section}.${key}`, defaultValue: defaults[`${section}.${key}`] }),
    update: resolved,
  });
  return {
    window: {
      createOutputChannel: outputChannel,
      createStatusBarItem: statusBarItem,
      createWebviewPanel: () => { throw new Error('no webview in the benchmark'); },
      registerWebviewPanelSerializer: () => noopDisposable,
      onDidStartTerminalShellExecution: noEvent,
      showInformationMessage: resolved, showWarningMessage: resolved, showErrorMessage: resolved,
      showQuickPick: resolved, showInputBox: resolved,
      activeTextEditor: undefined,
    },
    commands: { registerCommand: () => noopDisposable, executeCommand: resolved },
    workspace: { getConfiguration, onDidChangeConfiguration: noEvent },
    env: { appName: 'Benchmark', remoteName: undefined, language: 'en', openExternal: resolved },
    l10n: { t: translate, bundle: undefined, uri: undefined },
    extensions: { getExtension: () => undefined, onDidChange: noEvent },
    Uri, EventEmitter, Disposable, MarkdownString, ThemeColor,
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    UIKind: { Desktop: 1, Web: 2 },
    EnvironmentVariableMutatorType: { Replace: 1, Append: 2, Prepend: 3 },
  };
}

function memento(initial: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: (key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback),
    update: async (key: string, value: unknown) => void values.set(key, value),
    keys: () => [...values.keys()],
    setKeysForSync: () => {},
  };
}

/** An ExtensionContext whose storage folders live under `storage`, with `globalState` holding `stored`. */
export function createContextStub(
  vscode: Record<string, unknown>,
  storage: string,
  stored: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const uri = vscode.Uri as typeof Uri;
  const variables = new Map<string, unknown>();
  return {
    subscriptions: [] as { dispose(): void }[],
    globalState: memento(stored),
    workspaceState: memento(),
    secrets: { get: resolved, store: resolved, delete: resolved, onDidChange: noEvent },
    environmentVariableCollection: {
      persistent: true, description: undefined,
      replace: (name: string, value: string) => void variables.set(name, value),
      append: () => {}, prepend: () => {}, get: (name: string) => variables.get(name),
      delete: (name: string) => void variables.delete(name), clear: () => variables.clear(),
    },
    extension: { id: 'extra-usage-guard.extra-usage-guard', isActive: true, extensionUri: uri.file(path.join(storage, 'extension')) },
    extensionUri: uri.file(path.join(storage, 'extension')),
    extensionPath: path.join(storage, 'extension'),
    globalStorageUri: uri.file(path.join(storage, 'globalStorage', 'extra-usage-guard.extra-usage-guard')),
    storageUri: undefined,
    logUri: uri.file(path.join(storage, 'logs', 'exthost1', 'extra-usage-guard.extra-usage-guard')),
    extensionMode: 1,
  };
}
