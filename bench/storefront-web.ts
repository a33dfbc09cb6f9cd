// Storefront page weight and paint in real Chromium: transferred bytes (what went over the wire,
// after content-encoding), LCP and CLS of the home and a product page, cold cache, phone viewport.
// Figures only, never a pass/fail (the shared machine is too busy for timings to mean much).
//
//   node --import tsx bench/storefront-web.ts                 # starts `inventra serve` on the demo shop
//   node --import tsx bench/storefront-web.ts --url http://127.0.0.1:3310 [--runs 3]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function startDemo(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'inventra-webbench-'));
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin/inventra.mjs'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', INVENTRA_DATA_DIR: dataDir, INVENTRA_DEMO: '1', DATABASE_URL: '', REDIS_URL: '', NATS_URL: '', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (!(await fetch(`${url}/readyz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  // The demo loads after the server answers; wait until products are published.
  while (!(await fetch(`${url}/v1/store/products?limit=1`).then(async (r) => r.ok && ((await r.json()) as { items: unknown[] }).items.length > 0, () => false))) {
    if (Date.now() > deadline) throw new Error('demo catalog did not appear');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface Figures {
  bytes: number;
  jsBytes: number;
  requests: number;
  lcp: number;
  cls: number;
  lcpElement: string;
  encodings: string[];
}

async function measure(browser: Browser, url: string): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __cls: number; __lcpEl: string };
    w.__lcp = 0;
    w.__cls = 0;
    w.__lcpEl = '';
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as unknown as { startTime: number; element: Element | null; url: string }[]) {
        w.__lcp = e.startTime;
        w.__lcpEl = e.element ? `${e.element.tagName.toLowerCase()}${e.url ? ` ${e.url.replace(location.origin, '')}` : ` "${(e.element.textContent ?? '').slice(0, 30)}"`}` : '';
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const encodings = new Set<string>();
  let bytes = 0;
  let jsBytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => {
    types.set(e.requestId, e.type);
    const enc = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
    if (e.type === 'Script') encodings.add(`${String(enc ?? 'identity')}${enc ? '' : ` ${e.response.url.replace(/^.*\//, '')}`}`);
  });
  cdp.on('Network.loadingFinished', (e) => {
    requests++;
    bytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  // LCP is final once the page gets input; a click on nothing in particular ends it.
  await page.mouse.click(1, 1);
  const { lcp, cls, lcpElement } = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __cls: number; __lcpEl: string };
    return { lcp: w.__lcp, cls: w.__cls, lcpElement: w.__lcpEl };
  });
  await context.close();
  return { bytes, jsBytes, requests, lcp, cls, lcpElement, encodings: [...encodings] };
}

const runs = Number(arg('runs') ?? 3);
const server = arg('url') ? { url: arg('url')!, stop: async () => {} } : await startDemo(Number(arg('port') ?? 3310));
try {
  const first = (await (await fetch(`${server.url}/v1/store/products?limit=1&sort=newest`)).json()) as { items: { slug: string }[] };
  const pages = { home: `${server.url}/`, product: `${server.url}/products/${first.items[0]!.slug}` };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'] });
  for (const [name, url] of Object.entries(pages)) {
    const all: Figures[] = [];
    for (let i = 0; i < runs; i++) all.push(await measure(browser, url));
    const median = (f: (x: Figures) => number) => all.map(f).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
    console.log(
      `${name.padEnd(8)} ${url.replace(server.url, '')}  transferred ${(median((x) => x.bytes) / 1024).toFixed(1)} KB (JS ${(median((x) => x.jsBytes) / 1024).toFixed(1)} KB, ${median((x) => x.requests)} requests, JS encoding ${all[0]!.encodings.join('/')})  LCP ${median((x) => x.lcp).toFixed(0)} ms (${all[0]!.lcpElement})  CLS ${median((x) => x.cls).toFixed(3)}  (median of ${runs})`,
    );
  }
  await browser.close();
} finally {
  await server.stop();
}
