import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  url: string;
  adminEmail: string;
  adminPassword: string;
  close(): Promise<void>;
  /** JSON request to the server; throws with the status and body unless 2xx. */
  api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Runs the real `inventra serve` (the same command `npm start` runs) as a child process on a
 * throw-away embedded database with a known admin, and waits until it is healthy.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'inventra-e2e-'));
  const adminEmail = 'e2e-admin@inventra.test';
  const adminPassword = 'e2e-admin-password';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin/inventra.mjs'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: 'memory://',
      REDIS_URL: '',
      NATS_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      INVENTRA_DATA_DIR: dataDir,
      INVENTRA_ADMIN_EMAIL: adminEmail,
      INVENTRA_ADMIN_PASSWORD: adminPassword,
      INVENTRA_DEMO: '0',
      WEBHOOK_ALLOW_PRIVATE: '1',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr.slice(-2000)}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`server did not become healthy: ${stderr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    adminEmail,
    adminPassword,
    async api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
