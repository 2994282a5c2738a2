import { setFlagsFromString } from 'node:v8';
import { CLI_COMMANDS } from './cli/commands';
import { runCli } from './cli/runCli';

declare const EUG_VERSION: string;

// Keep V8's young generation at its initial 1 MiB semi-spaces. A full scan allocates ~75 MB of short-lived objects;
// left to grow, the young generation reached 4 MiB semi-spaces, and the peak RSS on the 300 MB bench tree was
// 63 MiB against 57 MiB with this flag, in the same time (few objects survive, so the extra scavenges are cheap).
// Of the semi-space flags only the growth factor still takes effect once the heap exists.
setFlagsFromString('--semi-space-growth-factor=1');

void runCli(CLI_COMMANDS, EUG_VERSION, {
  args: process.argv.slice(2),
  // A getter: making process.stdin loads stream modules (~5 ms) that `usage` and `status` never need.
  get stdin() {
    return process.stdin;
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
