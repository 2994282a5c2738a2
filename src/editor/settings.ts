import * as vscode from 'vscode';
import { parseSettings, type SettingKey, type Settings } from '../core/settingsSchema';
import type { Logger } from './logger';

const SECTION = 'extraUsageGuard';

/** Typed, validated settings that re-read themselves when (and only when) our section changes. */
export interface SettingsService extends vscode.Disposable {
  readonly current: Settings;
  readonly onDidChange: vscode.Event<Settings>;
  /** Writes a user (global) setting, e.g. when "Don't Show Again" is chosen. */
  update<K extends SettingKey>(key: K, value: Settings[K]): Thenable<void>;
}

/** Creates the settings service; invalid values fall back to defaults with one log line each. */
export function createSettings(logger: Logger): SettingsService {
  const emitter = new vscode.EventEmitter<Settings>();
  const read = (): Settings => {
    const config = vscode.workspace.getConfiguration(SECTION);
    const { settings, problems } = parseSettings((key) => config.get(key));
    for (const problem of problems) logger.warn(problem);
    return settings;
  };
  let current = read();
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(SECTION)) return;
    current = read();
    emitter.fire(current);
  });
  return {
    get current() {
      return current;
    },
    onDidChange: emitter.event,
    update: (key, value) => vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Global),
    dispose() {
      listener.dispose();
      emitter.dispose();
    },
  };
}
