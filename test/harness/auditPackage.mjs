#!/usr/bin/env node
// Audits the packaged .vsix: only what runs and what the Marketplace shows (with the icon and the English
// l10n texts); no tests, harness, source maps, TypeScript sources or node_modules; under the size budget.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

const vsix = path.resolve(process.argv[2] || path.join(ROOT, 'dist-vsix/extra-usage-guard.vsix'));
const MAX_BYTES = 300 * 1024;
const ALLOWED = [
  /^extension\/dist\/(extension|sources|cli|cli-usage|cli-rejections|webview)\.js$/, /^extension\/media\//, /^extension\/package(\.nls(\.[\w-]+)?)?\.json$/,
  /^extension\/(readme|changelog)\.md$/i, /^extension\/LICENSE(\.txt)?$/, /^extension\/l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
  /^extension\.vsixmanifest$/, /^\[Content_Types\]\.xml$/,
];

/** Names of the entries in a zip file, read from its central directory. */
function zipEntries(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extra = buffer.readUInt16LE(offset + 30);
    const comment = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

const checks = [];
const check = (name, ok, detail = '') => { checks.push(ok); console.log(`  ${ok ? '✔' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`); };
const buffer = fs.readFileSync(vsix);
const entries = zipEntries(buffer);
check(`package is under ${MAX_BYTES / 1024} KB`, buffer.length < MAX_BYTES, `${(buffer.length / 1024).toFixed(1)} KB`);
const stray = entries.filter((e) => !ALLOWED.some((re) => re.test(e)));
check('holds only allowed files', stray.length === 0, stray.join(', '));
check('no source maps, tests or node_modules', !entries.some((e) => /\.map$|\/test\/|node_modules|\.ts$/.test(e)));
const NEEDED = [
  'extension/dist/extension.js', 'extension/dist/sources.js', 'extension/dist/cli.js', 'extension/dist/cli-usage.js', 'extension/dist/cli-rejections.js',
  'extension/dist/webview.js', 'extension/package.json',
  // The English texts of the manifest's %key% placeholders and of l10n.t, and the Marketplace icon.
  'extension/package.nls.json', 'extension/l10n/bundle.l10n.json', 'extension/media/icon.png',
];
for (const needed of NEEDED) check(`contains ${needed}`, entries.includes(needed));
check('the icon is the rendered PNG only, not its SVG source', !entries.includes('extension/media/icon.svg'));
const failed = checks.filter((ok) => !ok).length;
console.log(`package-audit: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
