import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Role = 'api' | 'worker' | 'all';

export interface Config {
  readonly nodeEnv: string;
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  /** `postgres://…` for a server; `memory://` or a directory path for embedded PGlite. */
  readonly databaseUrl: string;
  readonly embedded: boolean;
  /** A read replica for storefront cache misses and analytics; null reads from `databaseUrl`. */
  readonly databaseReadUrl: string | null;
  /** Timeouts for PostgreSQL (ms): connecting, one statement, a transaction left idle. */
  readonly databaseTimeouts: DatabaseTimeouts;
  /** A Redis command not answered within this many ms opens the circuit breaker. */
  readonly redisTimeoutMs: number;
  readonly dataDir: string;
  readonly redisUrl: string | null;
  readonly natsUrl: string | null;
  readonly jwtSecret: string;
  readonly role: Role;
  readonly adminEmail: string | null;
  readonly adminPassword: string | null;
  readonly demo: boolean;
  readonly corsOrigins: readonly string[];
  readonly webhookAllowPrivate: boolean;
  readonly pmsWebhookSecret: string | null;
  readonly konbiniWebhookSecret: string | null;
  readonly rateLimitPerMinute: number;
  /** Sign-ups (and password-reset requests) per IP per hour; 0 turns the limit off. */
  readonly signupLimitPerHour: number;
  /** Bearer token `/metrics` requires; without it only loopback callers outside production get metrics. */
  readonly metricsToken: string | null;
  readonly logLevel: string;
  /**
   * Which proxies may set X-Forwarded-For (the client IP used by rate limits and the audit log):
   * false (none, the default), true (any), a hop count, or addresses/CIDRs.
   */
  readonly trustProxy: boolean | number | readonly string[];
  /** `smtp://` or `smtps://` mail server; null keeps messages (readable in the admin) instead of sending them. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Where people reach the storefront: links in emails (order page, password reset). */
  readonly publicUrl: string;
}

export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  idleInTransactionMs: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, expected: string, got: string | undefined) {
    super(`Invalid configuration: ${variable} must be ${expected}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`);
  }
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | null {
  const v = env[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

function int(env: Env, name: string, def: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === null) return def;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  }
  return Number(raw);
}

function bool(env: Env, name: string, def: boolean): boolean {
  const raw = str(env, name);
  if (raw === null) return def;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, '1/true/yes/on or 0/false/no/off', raw);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = str(env, name);
  if (raw === null) return null;
  try {
    const u = new URL(raw);
    if (protocols.includes(u.protocol)) return raw;
  } catch {
    /* reported below */
  }
  throw new ConfigError(name, `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`, raw);
}

function trustProxy(env: Env): boolean | number | readonly string[] {
  const raw = str(env, 'TRUST_PROXY');
  if (raw === null) return false;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of list) {
    if (!/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(item)) {
      throw new ConfigError('TRUST_PROXY', 'true, false, a hop count, or comma-separated proxy addresses/CIDRs', raw);
    }
  }
  return Object.freeze(list);
}

/** A development secret kept in the data directory, so restarts keep sessions valid. */
function devSecret(dataDir: string, file: string): string {
  const path = join(dataDir, file);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, secret + '\n', { mode: 0o600 });
  return secret;
}

function metricsToken(env: Env): string | null {
  const token = str(env, 'METRICS_TOKEN');
  if (token !== null && (token.length < 16 || /\s/.test(token))) throw new ConfigError('METRICS_TOKEN', 'at least 16 characters without spaces', `${token.length} characters`);
  return token;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = str(env, 'NODE_ENV') ?? 'development';
  const production = nodeEnv === 'production';
  const dataDir = resolve(str(env, 'INVENTRA_DATA_DIR') ?? './data');
  const rawDb = str(env, 'DATABASE_URL');
  let databaseUrl: string;
  if (rawDb === null) databaseUrl = join(dataDir, 'pglite');
  else if (rawDb === 'memory://' || /^postgres(ql)?:\/\//.test(rawDb)) databaseUrl = rawDb;
  else throw new ConfigError('DATABASE_URL', 'a postgres:// URL or memory://', rawDb);
  const embedded = !/^postgres(ql)?:\/\//.test(databaseUrl);

  const databaseReadUrl = url(env, 'DATABASE_READ_URL', ['postgres:', 'postgresql:']);
  if (databaseReadUrl && embedded) throw new ConfigError('DATABASE_READ_URL', 'unset unless DATABASE_URL is a postgres:// URL', databaseReadUrl);

  const role = (str(env, 'INVENTRA_ROLE') ?? 'all') as Role;
  if (!['api', 'worker', 'all'].includes(role)) throw new ConfigError('INVENTRA_ROLE', 'api, worker or all', role);

  let jwtSecret = str(env, 'JWT_SECRET');
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'at least 32 characters long', `${jwtSecret.length} characters`);
  }
  if (jwtSecret === null) {
    if (production) throw new ConfigError('JWT_SECRET', 'set when NODE_ENV=production', undefined);
    jwtSecret = databaseUrl === 'memory://' ? randomBytes(48).toString('base64url') : devSecret(dataDir, 'jwt-secret');
  }

  const adminEmail = str(env, 'INVENTRA_ADMIN_EMAIL');
  const adminPassword = str(env, 'INVENTRA_ADMIN_PASSWORD');
  if (adminEmail !== null && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) {
    throw new ConfigError('INVENTRA_ADMIN_EMAIL', 'an email address', adminEmail);
  }
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError(adminEmail === null ? 'INVENTRA_ADMIN_EMAIL' : 'INVENTRA_ADMIN_PASSWORD', 'set together with its pair', undefined);
  }
  if (adminPassword !== null && (adminPassword.length < 8 || adminPassword.length > 128)) {
    throw new ConfigError('INVENTRA_ADMIN_PASSWORD', '8 to 128 characters long', `${adminPassword.length} characters`);
  }

  const corsOrigins = (str(env, 'CORS_ORIGINS') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new ConfigError('CORS_ORIGINS', 'a comma-separated list of origins like https://shop.example.com', origin);
  }
  const logLevel = str(env, 'LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', 'one of fatal, error, warn, info, debug, trace, silent', logLevel);
  }

  const port = int(env, 'PORT', 3000, 0, 65535);
  const host = str(env, 'HOST') ?? '127.0.0.1';
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  const mailFrom = str(env, 'MAIL_FROM') ?? 'Inventra Store <no-reply@inventra.local>';
  if (!/^([^<>]*<)?[^@\s<>]+@[^@\s<>]+>?$/.test(mailFrom)) throw new ConfigError('MAIL_FROM', 'an email address, optionally as "Name <address>"', mailFrom);

  return Object.freeze({
    nodeEnv,
    production,
    port,
    host,
    databaseUrl,
    embedded,
    databaseReadUrl,
    databaseTimeouts: Object.freeze({
      connectMs: int(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
      statementMs: int(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 0, 3_600_000),
      idleInTransactionMs: int(env, 'DATABASE_IDLE_TX_TIMEOUT_MS', 60_000, 0, 3_600_000),
    }),
    redisTimeoutMs: int(env, 'REDIS_TIMEOUT_MS', 250, 10, 60_000),
    dataDir,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    natsUrl: url(env, 'NATS_URL', ['nats:', 'tls:']),
    jwtSecret,
    role,
    adminEmail,
    adminPassword,
    demo: bool(env, 'INVENTRA_DEMO', !production),
    corsOrigins: Object.freeze(corsOrigins),
    webhookAllowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    pmsWebhookSecret: str(env, 'PMS_WEBHOOK_SECRET'),
    konbiniWebhookSecret: str(env, 'KONBINI_WEBHOOK_SECRET'),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 1200, 0, 10_000_000),
    signupLimitPerHour: int(env, 'SIGNUP_LIMIT_PER_HOUR', 20, 0, 1_000_000),
    metricsToken: metricsToken(env),
    logLevel,
    trustProxy: trustProxy(env),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom,
    publicUrl,
  });
}
