import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The real command: `node bin/inventra.mjs …`, as `npm start` and `npx inventra` run it. */
const BIN = new URL('../../bin/inventra.mjs', import.meta.url).pathname;
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dataDir() {
  const d = mkdtempSync(join(tmpdir(), 'inventra-proc-'));
  dirs.push(d);
  return d;
}

/** A clean environment: the embedded default, whatever the test run itself uses. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'warn', INVENTRA_DEMO: '0' };
  return { ...base, ...extra };
}

function run(args: string[], extra: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `serve` and resolves once it has printed its URLs (with PORT=0, the real port). */
function serve(extra: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve'], { env: env({ PORT: '0', HOST: '127.0.0.1', ...extra }), stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const onData = (d: Buffer) => {
      out += d;
      const m = /Storefront\s+(http:\/\/\S+?)\/\s/.exec(out);
      if (m && /\n\s*\n/.test(out.slice(m.index))) resolve({ child, base: m[1], output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d) => (out += d));
    exited.then((code) => reject(new Error(`serve exited early (${code}):\n${out}`)));
  });
}

async function json(base: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
}

describe('configuration errors', () => {
  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://nope'],
    ['RATE_LIMIT_PER_MINUTE', '-5'],
    ['INVENTRA_ROLE', 'boss'],
  ])('%s=%s exits non-zero with one line naming the variable', async (name, value) => {
    const res = await run(['serve'], { INVENTRA_DATA_DIR: dataDir(), [name]: value });
    expect(res.code).not.toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toContain(JSON.stringify(value));
    expect(res.stdout).toBe('');
  });

  it('JWT_SECRET is required in production', async () => {
    const res = await run(['serve'], { NODE_ENV: 'production', INVENTRA_DATA_DIR: dataDir() });
    expect(res.code).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toEqual([expect.stringContaining('JWT_SECRET')]);
  });
});

// Each spawn pays tsx start-up and, on a fresh data dir, the embedded migrations: allow for a busy machine.
describe('CLI', { timeout: 240_000 }, () => {
  it.each([[[]], [['serve']], [['migrate']], [['create-admin']]])('%j --help describes the command', async (args) => {
    const res = await run([...args, '--help'], {});
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Usage: inventra/m);
    if (args[0] === 'create-admin') expect(res.stdout).toContain('--email');
    if (args.length === 0) for (const cmd of ['serve', 'migrate', 'create-admin']) expect(res.stdout).toContain(cmd);
  });

  it('migrate applies the migrations once; create-admin creates then resets an admin that can sign in', async () => {
    const dir = dataDir();
    const first = await run(['migrate'], { INVENTRA_DATA_DIR: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migration/);
    const again = await run(['migrate'], { INVENTRA_DATA_DIR: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('up to date');

    const missing = await run(['create-admin'], { INVENTRA_DATA_DIR: dir });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--email');

    const created = await run(['create-admin', '--email', 'boss@example.com', '--password', 'first password'], { INVENTRA_DATA_DIR: dir });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('created admin boss@example.com');
    expect(created.stdout).not.toContain('first password');
    const reset = await run(['create-admin', '--email', 'boss@example.com', '--password', 'second password'], { INVENTRA_DATA_DIR: dir });
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('updated admin boss@example.com');

    const server = await serve({ INVENTRA_DATA_DIR: dir });
    try {
      expect((await json(server.base, '/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: 'boss@example.com', password: 'first password' }) })).status).toBe(401);
      const ok = await json(server.base, '/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: 'boss@example.com', password: 'second password' }) });
      expect(ok.status).toBe(200);
      expect(ok.body.user.role).toBe('admin');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});

describe('serve', { timeout: 240_000 }, () => {
  it('starts on a fresh data dir with the demo admin, and a second start reuses the data', async () => {
    const dir = dataDir();
    const first = await serve({ INVENTRA_DATA_DIR: dir });
    let password: string;
    try {
      const out = first.output();
      for (const label of ['Storefront', 'Admin', 'API docs', 'Health']) expect(out).toContain(label);
      const login = /Admin login (\S+) \/ (\S+)/.exec(out);
      expect(login, out).not.toBeNull();
      expect(login![1]).toBe('admin@inventra.local');
      password = login![2];
      expect((await json(first.base, '/readyz')).body).toEqual({ status: 'ok', checks: { database: 'ok', cache: 'ok' } });
      const session = await json(first.base, '/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: login![1], password }) });
      expect(session.status).toBe(200);
      expect(session.body.user.role).toBe('admin');
      const reg = await json(first.base, '/v1/auth/register', { method: 'POST', body: JSON.stringify({ email: 'kept@example.com', password: 'kept password', name: 'Kept' }) });
      expect(reg.status).toBe(201);
    } finally {
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    }

    const second = await serve({ INVENTRA_DATA_DIR: dir });
    try {
      expect(second.output()).toContain(`Admin login admin@inventra.local / ${password}`);
      expect((await json(second.base, '/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: 'kept@example.com', password: 'kept password' }) })).status).toBe(200);
      expect((await json(second.base, '/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: 'admin@inventra.local', password }) })).status).toBe(200);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });

  it('never creates a demo admin in production, and bootstraps the configured admin', async () => {
    const server = await serve({
      INVENTRA_DATA_DIR: dataDir(),
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      INVENTRA_ADMIN_EMAIL: 'ops@example.com',
      INVENTRA_ADMIN_PASSWORD: 'ops password 1',
    });
    try {
      expect(server.output()).toContain('Admin login ops@example.com');
      expect(server.output()).not.toContain('admin@inventra.local');
      expect(server.output()).not.toContain('ops password 1');
      expect((await json(server.base, '/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: 'ops@example.com', password: 'ops password 1' }) })).status).toBe(200);
      const users = await json(server.base, '/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: 'admin@inventra.local', password: 'whatever1' }) });
      expect(users.status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('SIGTERM: stops gracefully (exit 0 before the 10 s deadline) while an in-flight request completes', async () => {
    const dir = dataDir();
    const server = await serve({ INVENTRA_DATA_DIR: dir, INVENTRA_ADMIN_EMAIL: 'sig@example.com', INVENTRA_ADMIN_PASSWORD: 'sig password' });
    const url = new URL('/v1/auth/login', server.base);
    const body = JSON.stringify({ email: 'sig@example.com', password: 'sig password' });
    // Expect: 100-continue tells us the server has the request in hand before we send its body.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' } },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      req.on('error', reject);
      req.on('continue', () => {
        server.child.kill('SIGTERM');
        // Give the signal a moment to land, then finish the request.
        setTimeout(() => req.end(body), 200);
      });
      req.flushHeaders();
    });
    const res = await response;
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body).user.email).toBe('sig@example.com');
    // The forced exit after 10 s would exit 1: 0 means the graceful path finished in time.
    expect(await server.exited).toBe(0);
    // New connections are refused once it has stopped.
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
  });
});
