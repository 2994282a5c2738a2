import { z } from 'zod';

/** Where and how long "Check key" calls the API. */
export interface KeyCheckConfig {
  readonly baseUrl: string;
  readonly timeoutMs: number;
}

const DEFAULT_BASE_URL = 'https://api.anthropic.com';
const DEFAULT_TIMEOUT_SECONDS = 10;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const baseUrlSchema = z
  .string()
  .url()
  .refine((text) => {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  }, 'must be https (plain http only on this machine)');
const timeoutSchema = z.number().min(1).max(120);

/**
 * Reads the key-check settings from the user's own (global) settings only: a workspace must never be
 * able to send the key somewhere else. `keyCheckTimeoutSeconds` is an internal setting for tests.
 */
export function keyCheckConfig(readGlobal: (key: string) => unknown, warn: (message: string) => void): KeyCheckConfig {
  const rawUrl = readGlobal('apiBaseUrl');
  const url = baseUrlSchema.safeParse(rawUrl ?? DEFAULT_BASE_URL);
  if (!url.success) warn('Setting extraUsageGuard.apiBaseUrl is invalid (must be https, or http on this machine); using the default.');
  const rawTimeout = readGlobal('keyCheckTimeoutSeconds');
  const timeout = timeoutSchema.safeParse(rawTimeout ?? DEFAULT_TIMEOUT_SECONDS);
  return {
    baseUrl: (url.success ? url.data : DEFAULT_BASE_URL).replace(/\/+$/, ''),
    timeoutMs: (timeout.success ? timeout.data : DEFAULT_TIMEOUT_SECONDS) * 1000,
  };
}
