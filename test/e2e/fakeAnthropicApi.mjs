// A loopback stand-in for `GET /v1/models`: one key works, one is rejected, one never gets an answer.
import crypto from 'node:crypto';
import http from 'node:http';

const tag = () => crypto.randomBytes(12).toString('hex');

/** Distinct, greppable keys for one test run. */
export const KEYS = {
  good: `sk-ant-api03-e2eGood${tag()}`,
  bad: `sk-ant-api03-e2eBad${tag()}`,
  hang: `sk-ant-api03-e2eHang${tag()}`,
};

/** Starts the fake API on 127.0.0.1 at a random port; `calls` counts requests per key kind. */
export async function startFakeAnthropicApi() {
  const calls = { good: 0, bad: 0, hang: 0, other: 0 };
  const server = http.createServer((req, res) => {
    const key = req.headers['x-api-key'];
    const kind = Object.entries(KEYS).find(([, k]) => k === key)?.[0] ?? 'other';
    calls[kind]++;
    if (req.url !== '/v1/models' || req.headers['anthropic-version'] !== '2023-06-01') return send(res, 400, 'bad request');
    if (kind === 'hang') return; // never answer: the client must time out
    if (kind === 'good') return send(res, 200, { data: [{ id: 'claude-test' }] });
    send(res, 401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return { url: `http://127.0.0.1:${server.address().port}`, calls, close: () => server.close() };
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
