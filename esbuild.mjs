// One build script for everything: extension host bundles, CLI, webview script, and test bundles.
//   node esbuild.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

/**
 * `require('./sources.js')` in src/extension.ts names the second host bundle, dist/sources.js (entry
 * src/deferredSources.ts), loaded after activation: it stays a require of the file beside dist/extension.js.
 */
const deferredSources = {
  name: 'deferred-sources',
  setup(build) {
    build.onResolve({ filter: /^\.\/sources\.js$/ }, (args) =>
      args.importer === path.resolve('src/extension.ts') ? { path: './sources.js', external: true } : undefined,
    );
  },
};
/**
 * `import('./usageCommands.js')` and `import('./rejectionCommands.js')` in src/cli/commands.ts name the CLI's two
 * bundles of commands, dist/cli-usage.js and dist/cli-rejections.js, loaded by the front end dist/cli.js when a
 * command runs: they stay requires of the files beside it.
 */
const CLI_COMMAND_BUNDLES = { './usageCommands.js': './cli-usage.js', './rejectionCommands.js': './cli-rejections.js' };
const cliCommandBundles = {
  name: 'cli-command-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\/(usage|rejection)Commands\.js$/ }, (args) =>
      args.importer === path.resolve('src/cli/commands.ts') ? { path: CLI_COMMAND_BUNDLES[args.path], external: true } : undefined,
    );
  },
};
const common = {
  define: { EUG_VERSION: JSON.stringify(pkg.version) },
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts', sources: 'src/deferredSources.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    plugins: [deferredSources],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [cliCommandBundles],
  },
  {
    ...common,
    entryPoints: { 'cli-usage': 'src/cli/usageCommands.ts', 'cli-rejections': 'src/cli/rejectionCommands.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  {
    ...common,
    entryPoints: { webview: 'src/webview/main.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

if (tests) {
  const list = (dir) =>
    fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)) : [];
  builds.push(
    {
      ...common,
      sourcemap: 'inline',
      entryPoints: [...list('test/unit'), ...list('bench')],
      outdir: 'out',
      outbase: '.',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['fast-check'],
    },
    {
      ...common,
      sourcemap: 'inline',
      entryPoints: list('test/extension-host'),
      outdir: 'out/test/extension-host',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode', 'mocha'],
    },
  );
}

if (production) fs.rmSync('dist', { recursive: true, force: true });
if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[esbuild] watching…');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  console.log(`[esbuild] built ${builds.length} bundles in ${Date.now() - t0} ms${production ? ' (production)' : ''}`);
}
