// Test runner loaded by VS Code's extension host (extensionTestsPath): runs every *.test.js beside it.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Records every TCP connection the extension host opens while the tests run (local sockets aside);
 * `zzNoOutbound.test.ts` asserts that none went off the machine.
 */
function recordOutboundConnections(): void {
  const seen: string[] = [];
  (globalThis as { __eugOutbound?: string[] }).__eugOutbound = seen;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // net.connect() hands the socket its already-normalised arguments: [options, callback].
    const [first, second] = (Array.isArray(args[0]) ? args[0] : args) as [unknown, unknown];
    const options = typeof first === 'object' && first !== null ? (first as { host?: string; port?: number; path?: string }) : { port: Number(first), host: typeof second === 'string' ? second : undefined };
    if (!options.path) seen.push(`${options.host ?? 'localhost'}:${options.port}`);
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
}

/** Entry point VS Code calls; resolves when all tests pass. */
export function run(): Promise<void> {
  recordOutboundConnections();
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname)) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      console.log(`${stats?.passes ?? 0} passed, ${stats?.failures ?? failures} failed, ${stats?.pending ?? 0} skipped`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
