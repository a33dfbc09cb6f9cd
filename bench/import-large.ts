/**
 * Issue 11 "Done when": a 100,000-row CSV import on the embedded default (PGlite on disk) runs as
 * a job while /healthz keeps answering, and the process stays under 1 GB RSS. Starts the real
 * server (`inventra serve`), posts the file, then polls /healthz (every 200 ms, timing each
 * answer), the job (every second) and the server's RSS (/proc) until the job is done.
 *
 *   node --import tsx bench/import-large.ts [--rows 100000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/helpers/server';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 100_000;
const root = new URL('..', import.meta.url).pathname;
const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'inventra-import-'));
const admin = { email: 'import-admin@inventra.test', password: 'import admin passphrase' };
const child = spawn(process.execPath, [join(root, 'bin/inventra.mjs'), 'serve'], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', NATS_URL: '', PORT: String(port), INVENTRA_DATA_DIR: dataDir, INVENTRA_ADMIN_EMAIL: admin.email, INVENTRA_ADMIN_PASSWORD: admin.password, INVENTRA_DEMO: '0', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
try {
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  // Access tokens last 15 min; a long import outlives one, so each poll signs in afresh when needed.
  const signIn = async () => `Bearer ${(await (await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })).json()).accessToken}`;
  const auth = { authorization: await signIn() };
  const lines = ['slug,title,description,sku,price,stock,option_size'];
  for (let i = 0; i < ROWS; i++) lines.push(`p-${Math.floor(i / 2)},商品 ${Math.floor(i / 2)},説明 ${i},SKU-${i},${100 + (i % 5000)},${i % 50},${i % 2 ? 'L' : 'M'}`);
  const body = lines.join('\n');
  const rssBefore = rss();
  // /healthz is timed from before the upload until the job is done.
  const latencies: number[] = [];
  let maxRss = rssBefore;
  let done = false;
  const health = (async () => {
    while (!done) {
      const t0 = performance.now();
      const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
      if (!ok) throw new Error('/healthz failed');
      latencies.push(performance.now() - t0);
      maxRss = Math.max(maxRss, rss());
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const started = Date.now();
  const res = await fetch(`${url}/v1/admin/products/import`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body });
  const accepted = await res.json();
  console.log(`POST: ${res.status} ${JSON.stringify(accepted)} in ${Date.now() - started} ms (${(body.length / 1e6).toFixed(1)} MB, ${ROWS} rows)`);
  let job: any = accepted;
  while (res.status === 202) {
    await new Promise((r) => setTimeout(r, 1000));
    let poll = await fetch(`${url}/v1/admin/imports/${accepted.id}`, { headers: auth });
    if (poll.status === 401) {
      auth.authorization = await signIn();
      poll = await fetch(`${url}/v1/admin/imports/${accepted.id}`, { headers: auth });
    }
    job = await poll.json();
    if (job.status !== 'running') break;
  }
  done = true;
  await health;
  const { errors, ...summary } = job;
  console.log(`job: ${JSON.stringify(summary)} first errors: ${JSON.stringify((errors ?? []).slice(0, 3))}`);
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))].toFixed(0);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s; /healthz over ${sorted.length} checks: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms, ${sorted.filter((ms) => ms >= 1000).length} at or over 1 s; RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MiB, max ${(maxRss / 2 ** 20).toFixed(0)} MiB`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
