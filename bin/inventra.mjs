#!/usr/bin/env -S node --max-semi-space-size=2
// Entry point for `npm start` and `npx inventra`. Runs the compiled server (dist/server, built by
// `npm run build`; `npm start` builds it when sources changed) when it is at least as new as
// every source file; otherwise the TypeScript sources through tsx, so a stale build never runs.
// --max-semi-space-size=2 (here, in `npm start` and in the Docker image): V8's default young
// generation kept ~30 MB resident in an idle server for no measurable gain.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { newest } from './newest.mjs';

// PGlite is a 9 MB WebAssembly module. V8 re-compiles a wasm function with its optimising
// compiler once it has run "enough" (the tiering budget); at the default, the code PostgreSQL runs
// once while booting crossed it, and optimising it took ~1.3 s of CPU on background threads in the
// first seconds, competing with the start itself on a 2-core machine. At 100 times the budget
// only code that keeps running (queries) is optimised: the same per-query cost after warm-up,
// ~0.6 s less CPU before /readyz. Set before PGlite compiles (wasm flags are read then).
setFlagsFromString('--wasm-tiering-budget=180000000');

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist', 'server', 'BUILT');

const fresh = () => {
  if (process.env.INVENTRA_FROM_SOURCE === '1' || !existsSync(built)) return false;
  // A deployment may ship without src/: then the build is all there is.
  return !existsSync(join(root, 'src')) || newest(join(root, 'src')) <= statSync(built).mtimeMs;
};

if (fresh()) {
  await import('../dist/server/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
