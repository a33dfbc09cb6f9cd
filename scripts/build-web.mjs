#!/usr/bin/env node
// Builds the two web apps (admin at /admin, storefront at /) into dist/web and prints the
// gzipped size of each app's initial JavaScript.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { newest } from '../bin/newest.mjs';

const root = new URL('..', import.meta.url).pathname;
const apps = [
  { name: 'admin', budgetKb: 300 },
  { name: 'store', budgetKb: 200 },
];

// --if-needed (npm start): rebuild only when sources are newer than the last build.
const ifNeeded = process.argv.includes('--if-needed');

// Text assets compressed once here at the highest levels, so the server only picks a file
// (`.br` or `.gz`, by Accept-Encoding) instead of compressing on every request.
function precompress(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) precompress(p);
    else if (/\.(js|css|svg|json|txt|xml|webmanifest)$/.test(e.name) && statSync(p).size > 512) {
      const bytes = readFileSync(p);
      writeFileSync(`${p}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      writeFileSync(`${p}.gz`, gzipSync(bytes, { level: 9 }));
    }
  }
}

for (const app of apps) {
  const config = join(root, 'web', app.name, 'vite.config.ts');
  if (!existsSync(config)) continue;
  const built = join(root, 'dist', 'web', app.name, 'index.html');
  if (ifNeeded && existsSync(built)) {
    const sources = Math.max(newest(join(root, 'web', app.name)), existsSync(join(root, 'web', 'shared')) ? newest(join(root, 'web', 'shared')) : 0);
    if (sources <= statSync(built).mtimeMs) continue;
  }
  await build({ configFile: config, logLevel: 'warn' });
  const outDir = join(root, 'dist', 'web', app.name);
  precompress(outDir);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // Initial JS = the entry script plus the chunks it preloads.
  const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
  let gz = 0;
  for (const src of scripts) {
    const file = join(outDir, src.replace(/^\/(admin\/)?/, ''));
    if (existsSync(file)) gz += gzipSync(readFileSync(file)).length;
  }
  const kb = (gz / 1024).toFixed(1);
  console.log(`web/${app.name}: initial JavaScript ${kb} kB gzipped (budget ${app.budgetKb} kB)${gz / 1024 > app.budgetKb ? '  OVER BUDGET' : ''}`);
}
