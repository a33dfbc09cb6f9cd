import autocannon from 'autocannon';

/** What every scenario file receives: a started server and a way to measure a load against it. */
export interface BenchContext {
  /** `embedded` (PGlite, in-process cache) or `postgres` (PostgreSQL + Redis). */
  db: 'embedded' | 'postgres';
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  baseUrl: string;
  /** Bearer access tokens of a signed-in admin and customer (valid 15 min; the harness renews them per scenario). */
  tokens: { admin: string; customer: string };
  credentials: { admin: { email: string; password: string }; customer: { email: string; password: string } };
  /** Duration and connections chosen on the command line (a scenario may lower them, e.g. for slow argon2 logins). */
  defaults: { durationSeconds: number; connections: number };
  /** Runs autocannon (after a 1 s warm-up) and records a row of the report. `url` may be a path. */
  measure(name: string, opts: MeasureOptions): Promise<BenchRow>;
}

export type MeasureOptions = Partial<autocannon.Options> & { url: string };

/** A scenario file (`bench/scenarios/<name>.ts`) default-exports one of these. */
export type Scenario = (ctx: BenchContext) => Promise<void>;

export interface BenchRow {
  db: string;
  scenario: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  connections: number;
  durationSeconds: number;
}

export async function runAutocannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export async function measureWith(db: string, baseUrl: string, defaults: BenchContext['defaults'], name: string, opts: MeasureOptions): Promise<BenchRow> {
  const url = opts.url.startsWith('http') ? opts.url : `${baseUrl}${opts.url}`;
  const full: autocannon.Options = { connections: defaults.connections, duration: defaults.durationSeconds, ...opts, url };
  await runAutocannon({ ...full, duration: 1 });
  const r = await runAutocannon(full);
  const row: BenchRow = {
    db,
    scenario: name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    connections: Number(full.connections),
    durationSeconds: Number(full.duration),
  };
  console.log(`  ${pad(db, 9)} ${pad(name, 34)} ${fmt(row)}`);
  return row;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const fmt = (r: BenchRow) =>
  `${String(r.requestsPerSecond).padStart(7)} req/s   p50 ${String(r.p50Ms).padStart(5)} ms   p99 ${String(r.p99Ms).padStart(5)} ms   (${r.connections} conn, ${r.durationSeconds} s${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''})`;

export function printTable(rows: BenchRow[]): void {
  console.log('\n| database | scenario | req/s | p50 ms | p99 ms | connections | non-2xx | errors |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.db} | ${r.scenario} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.connections} | ${r.non2xx} | ${r.errors} |`);
}
