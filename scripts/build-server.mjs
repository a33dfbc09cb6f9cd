#!/usr/bin/env node
// Compiles the server (src/, TypeScript) into dist/server (JavaScript, ES modules) with esbuild:
// `npm start` then runs plain JavaScript instead of transpiling every module at start.
// Dependencies stay external (node_modules); SQL migrations are copied beside the bundle.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(new URL('..', import.meta.url).pathname);
const src = join(root, 'src');
const out = join(root, 'dist', 'server');
const stamp = join(out, 'BUILT');

/** Newest modification time under `dir` (what a rebuild depends on). */
export const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

if (process.argv.includes('--if-needed') && existsSync(stamp) && newest(src) <= statSync(stamp).mtimeMs) process.exit(0);

// `new URL('./x/migrations/', import.meta.url)` names a directory beside the source file; in the
// bundle import.meta.url is the output chunk, so point it at the copy made below.
const assetUrls = {
  name: 'asset-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(/new URL\((['"])([^'"]+)\1, import\.meta\.url\)/g, (_m, _q, rel) => {
        const target = resolve(dirname(args.path), rel);
        const inSrc = !relative(src, target).startsWith('..');
        const copied = inSrc ? join(out, relative(root, target)) : target;
        // Data files only (SQL, templates, word lists): the code itself is in the bundle.
        if (inSrc && existsSync(target)) cpSync(target, copied, { recursive: true, filter: (p) => statSync(p).isDirectory() || !/\.(ts|tsx)$/.test(p) });
        let rel2 = relative(out, copied) + (rel.endsWith('/') ? '/' : '');
        if (!rel2.startsWith('.')) rel2 = `./${rel2}`;
        return `new URL(${JSON.stringify(rel2)}, import.meta.url)`;
      });
      return { contents, loader: 'ts' };
    });
  },
};

const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(src, 'cli.ts')],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  chunkNames: '[name]-[hash]', // beside cli.js: the asset URLs above are relative to dist/server
  logLevel: 'warning',
  plugins: [assetUrls],
});
writeFileSync(stamp, new Date().toISOString() + '\n');
console.log(`server: compiled to dist/server in ${Date.now() - started} ms`);
