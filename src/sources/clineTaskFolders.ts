import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { ClineSource } from './clineMessageSchema';

/** Extension ids (as VS Code names their globalStorage folders, lower case) of the tools sharing Cline's layout. */
export const CLINE_FAMILY_IDS: Readonly<Record<string, ClineSource>> = {
  'saoudrizwan.claude-dev': 'cline',
  'rooveterinaryinc.roo-cline': 'roo-code',
  'kilocode.kilo-code': 'kilo-code',
};

/** A `tasks` folder holding one folder per task (`<taskId>/ui_messages.json`). */
export interface TaskRoot {
  readonly source: ClineSource;
  readonly tasksDir: string;
}

export interface ClineTaskFolderOptions {
  /** The folder holding every extension's globalStorage (the parent of our own). */
  readonly globalStorageRoot?: string;
  readonly homedir: string;
}

async function isDirectory(p: string): Promise<boolean> {
  return fsp.stat(p).then((st) => st.isDirectory(), () => false);
}

/**
 * Finds the task folders of Cline, Roo Code and Kilo Code beside our own globalStorage (folder names
 * compared case-insensitively), plus the standalone Cline layout `~/.cline/data/tasks`.
 */
export async function findClineTaskRoots(options: ClineTaskFolderOptions): Promise<TaskRoot[]> {
  const roots: TaskRoot[] = [];
  if (options.globalStorageRoot) {
    const names = await fsp.readdir(options.globalStorageRoot).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const source = CLINE_FAMILY_IDS[name.toLowerCase()];
      const tasksDir = path.join(options.globalStorageRoot, name, 'tasks');
      if (source && (await isDirectory(tasksDir))) roots.push({ source, tasksDir });
    }
  }
  const standalone = path.join(options.homedir, '.cline', 'data', 'tasks');
  if (await isDirectory(standalone)) roots.push({ source: 'cline', tasksDir: standalone });
  return roots;
}
