import fs from 'node:fs';
import path from 'node:path';

/** A `%key%` placeholder: VS Code replaces a manifest string that is exactly this with `package.nls.json`'s value. */
export const NLS_PLACEHOLDER = /^%([^%\s]+)%$/;

/** `package.json` as written, with its `%key%` placeholders. */
export const RAW_MANIFEST: Record<string, any> = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8'));

/** The English text of every placeholder. */
export const NLS: Readonly<Record<string, string>> = JSON.parse(fs.readFileSync(path.resolve('package.nls.json'), 'utf8'));

/** Every string value of a JSON value with its path (`contributes.commands.0.title`). */
export function manifestStrings(value: unknown, at = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path: at, value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => manifestStrings(child, at ? `${at}.${key}` : key));
}

/** Replaces each `%key%` by its English text, as VS Code does (an unknown key stays as it is). */
export function localize<T>(value: T): T {
  if (typeof value === 'string') {
    const key = NLS_PLACEHOLDER.exec(value)?.[1];
    return (key !== undefined && key in NLS ? NLS[key] : value) as T;
  }
  if (Array.isArray(value)) return value.map(localize) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v)])) as T;
}

/** `package.json` as an English-speaking user sees it. */
export const MANIFEST: Record<string, any> = localize(RAW_MANIFEST);
