import * as assert from 'node:assert/strict';
import * as net from 'node:net';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/;
const recorded = (): string[] => {
  const outbound = (globalThis as { __eugOutbound?: string[] }).__eugOutbound;
  assert.ok(outbound, 'the connection recorder was installed');
  return outbound;
};

// Runs last (files load in name order): by now the suites have activated the extension, published and
// explained rejections, watched transcripts and opened the panel.
suite('privacy', () => {
  test('the recorder sees connections (checked with a loopback server of our own)', async () => {
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => net.connect(port, '127.0.0.1').on('close', () => resolve()).on('error', () => resolve()));
    server.close();
    assert.ok(recorded().includes(`127.0.0.1:${port}`), recorded().join(', '));
  });

  test('nothing connected anywhere but this machine while the suites ran', () => {
    const hostPart = (address: string) => address.slice(0, address.lastIndexOf(':'));
    assert.deepEqual(recorded().filter((a) => !LOOPBACK.test(hostPart(a))), []);
  });
});
