import { type ChildProcess, spawn } from 'node:child_process';
import { freshDatabaseUrl } from '../helpers/app';
import { freePort } from '../helpers/server';

const BIN = new URL('../../bin/inventra.mjs', import.meta.url).pathname;

export const serverDatabase = () => (process.env.DATABASE_URL && /^postgres/.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null);

/** A fresh database from the run's migrated template (PostgreSQL only: several processes share it). */
export async function freshServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const db = await freshDatabaseUrl();
  return { url: db.url, drop: db.drop ?? (async () => {}) };
}

export { freePort };

export interface Proc {
  role: string;
  port: number | null;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  /** base URL (api/all roles) */
  url: string;
}

/** Starts `node bin/inventra.mjs serve` as a child process with the given role. */
export async function startProcess(role: 'api' | 'worker' | 'all', env: Record<string, string>): Promise<Proc> {
  // Every role listens (the worker for /healthz, /readyz and /metrics only).
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      INVENTRA_DEMO: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      WEBHOOK_ALLOW_PRIVATE: '1',
      HOST: '127.0.0.1',
      INVENTRA_ROLE: role,
      PORT: String(port ?? 0),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const proc: Proc = { role, port, child, output, exited, url: `http://127.0.0.1:${port}` };
  if (port !== null) {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${role} exited: ${output.join('')}`);
      const ok = await fetch(`${proc.url}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`${role} did not start: ${output.join('')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return proc;
}

export async function stopProcess(p: Proc, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill(signal);
  await p.exited;
}
