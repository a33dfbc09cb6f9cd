import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/platform/config';
import { createInventra, type Inventra, type InventraOptions } from '../../src/inventra';
import type { Clock } from '../../src/platform/platform';

export interface TestApp extends Inventra {
  /** Registers (or creates) a user with the given role and returns its session. */
  login(role?: 'customer' | 'staff' | 'admin', email?: string): Promise<TestUser>;
  /** Adjustable clock shared by the app's services. */
  clock: TestClock;
  dispose(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** Headers for app.inject: `{ authorization: 'Bearer …' }`. */
  auth: Record<string, string>;
}

export class TestClock implements Clock {
  private offsetMs = 0;
  now() {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number) {
    this.offsetMs += ms;
  }
}

let counter = 0;
const unique = () => `${process.pid}${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(3).toString('hex')}`;

/** A fresh, migrated database per call: a PGlite clone, or a PostgreSQL database from the run's template. */
export async function freshDatabaseUrl(): Promise<{ url: string; loadDataDir?: Blob; drop?: () => Promise<void> }> {
  const template = inject('dbTemplate');
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && /^postgres/.test(serverUrl)) {
    // Named after this run's template, so a run's teardown drops only its own databases.
    const name = `${template}_t_${unique()}`.toLowerCase();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        // Two files copying the template at once: PostgreSQL refuses the second; try again.
        if (attempt > 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
        await c.end();
      },
    };
  }
  return { url: 'memory://', loadDataDir: new Blob([readFileSync(template)]) };
}

/**
 * Builds the real server (all modules, real routes) on its own database. Uses DATABASE_URL and
 * REDIS_URL from the environment when set, so the same tests run on PostgreSQL + Redis in CI.
 */
export async function createTestApp(env: Record<string, string> = {}, opts: InventraOptions = {}): Promise<TestApp> {
  const db = await freshDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    SIGNUP_LIMIT_PER_HOUR: '0',
    WEBHOOK_ALLOW_PRIVATE: '1',
    INVENTRA_DEMO: '0',
    INVENTRA_DATA_DIR: `/tmp/inventra-test-data/${unique()}`,
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...(process.env.NATS_URL ? { NATS_URL: process.env.NATS_URL } : {}),
    ...env,
    DATABASE_URL: db.url,
  });
  const clock = new TestClock();
  const inventra = await createInventra(config, {
    skipBootstrap: true,
    loadDataDir: db.loadDataDir,
    redisPrefix: `t:${unique()}:`,
    clock,
    ...opts,
  });
  await inventra.ready();

  const login = async (role: 'customer' | 'staff' | 'admin' = 'customer', email = `${role}-${unique()}@example.com`): Promise<TestUser> => {
    const password = `pw-${unique()}`;
    const { user } = await inventra.services.identity.ensureAdmin(email, password, `Test ${role}`);
    if (role !== 'admin') {
      await inventra.services.identity.updateUser(
        { actor: { type: 'system', id: null }, principal: null, requestId: null, ip: null },
        user.id,
        { role },
      );
    }
    const res = await inventra.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`test login failed: ${res.statusCode} ${res.body}`);
    const body = res.json();
    return {
      id: user.id,
      email,
      password,
      accessToken: body.accessToken,
      refreshToken: body.refreshToken,
      auth: { authorization: `Bearer ${body.accessToken}` },
    };
  };

  return Object.assign(inventra, {
    login,
    clock,
    async dispose() {
      await inventra.close();
      await db.drop?.();
    },
  });
}

/** A test app and one signed-in user per role asked for, in that order (for a file's beforeAll). */
export async function appWith(...roles: Array<'customer' | 'staff' | 'admin'>): Promise<{ t: TestApp; users: TestUser[] }> {
  const t = await createTestApp();
  const users: TestUser[] = [];
  for (const role of roles) users.push(await t.login(role));
  return { t, users };
}

/** appWith, also listening on a free port of 127.0.0.1 (real HTTP, so requests truly run side by side); base is its URL. */
export async function listeningAppWith(...roles: Array<'customer' | 'staff' | 'admin'>): Promise<{ t: TestApp; users: TestUser[]; base: string }> {
  const { t, users } = await appWith(...roles);
  return { t, users, base: await t.app.listen({ port: 0, host: '127.0.0.1' }) };
}
