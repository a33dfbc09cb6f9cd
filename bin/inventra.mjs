#!/usr/bin/env -S node --max-semi-space-size=2
// Entry point for `npm start` and `npx inventra`. Runs the compiled server (dist/server, built by
// `npm run build`; `npm start` builds it when sources changed) when it is at least as new as
// every source file; otherwise the TypeScript sources through tsx, so a stale build never runs.
// --max-semi-space-size=2 (here, in `npm start` and in the Docker image): V8's default young
// generation kept ~30 MB resident in an idle server for no measurable gain.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newest } from './newest.mjs';

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
