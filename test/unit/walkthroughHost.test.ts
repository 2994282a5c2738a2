import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkApiKey } from '../../src/editor/walkthrough/checkApiKey';
import { keyCheckConfig } from '../../src/editor/walkthrough/keyCheckConfig';
import { createAutoReloadStore } from '../../src/editor/walkthrough/autoReloadStore';

async function withServer(handler: http.RequestListener, run: (url: string) => Promise<void>): Promise<void> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

test('checkApiKey sends the key and version headers and reports the status', async () => {
  let seen: http.IncomingHttpHeaders = {};
  await withServer((req, res) => {
    seen = req.headers;
    res.writeHead(req.url === '/v1/models' ? 401 : 404).end();
  }, async (url) => {
    assert.deepEqual(await checkApiKey('sk-ant-test', { baseUrl: url, timeoutMs: 2000 }), { kind: 'http', status: 401 });
  });
  assert.equal(seen['x-api-key'], 'sk-ant-test');
  assert.equal(seen['anthropic-version'], '2023-06-01');
});

test('checkApiKey times out on a server that never answers, and refuses redirects', async () => {
  await withServer(() => undefined, async (url) => {
    const started = Date.now();
    assert.deepEqual(await checkApiKey('k', { baseUrl: url, timeoutMs: 300 }), { kind: 'timeout', seconds: 0 });
    assert.ok(Date.now() - started < 2000);
  });
  await withServer((_req, res) => res.writeHead(302, { location: 'http://127.0.0.1:1/steal' }).end(), async (url) => {
    assert.deepEqual(await checkApiKey('k', { baseUrl: url, timeoutMs: 2000 }), { kind: 'network' });
  });
  assert.deepEqual(await checkApiKey('k', { baseUrl: 'http://127.0.0.1:1', timeoutMs: 2000 }), { kind: 'network' });
});

test('keyCheckConfig: https or loopback http only, bad values fall back with a warning', () => {
  const warnings: string[] = [];
  const read = (values: Record<string, unknown>) => keyCheckConfig((key) => values[key], (m) => warnings.push(m));
  assert.deepEqual(read({}), { baseUrl: 'https://api.anthropic.com', timeoutMs: 10_000 });
  assert.deepEqual(read({ apiBaseUrl: 'http://127.0.0.1:8080/', keyCheckTimeoutSeconds: 2 }), { baseUrl: 'http://127.0.0.1:8080', timeoutMs: 2000 });
  assert.equal(read({ apiBaseUrl: 'https://proxy.example/anthropic' }).baseUrl, 'https://proxy.example/anthropic');
  assert.equal(warnings.length, 0);
  assert.equal(read({ apiBaseUrl: 'http://evil.example' }).baseUrl, 'https://api.anthropic.com');
  assert.equal(read({ keyCheckTimeoutSeconds: -1 }).timeoutMs, 10_000);
  assert.equal(warnings.length, 1);
});

test('auto-reload store round-trips and reads a malformed value as none', async () => {
  const data = new Map<string, unknown>();
  const memento = { get: (k: string) => data.get(k), update: async (k: string, v: unknown) => void data.set(k, v), keys: () => [...data.keys()] };
  const store = createAutoReloadStore(memento as never);
  assert.equal(store.get(), undefined);
  const value = { thresholdMicros: 5_000_000, amountMicros: 20_000_000, currency: '$' as const, savedAt: '2026-04-01T00:00:00Z' };
  await store.set(value);
  assert.deepEqual(store.get(), value);
  data.set('extraUsageGuard.autoReload', { thresholdMicros: -1 });
  assert.equal(store.get(), undefined);
});
