import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import type { Clock } from '../../platform/platform';
import { type MessageRow, notificationsRepo as repo } from './repo';
import { SECRET_PLACEHOLDER } from './render';
import type { SecretBox } from './secret';

/** Waits after the 1st, 2nd, … failed attempt; after the last one the message is `failed`. */
export const RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 3600_000, 6 * 3600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
const LEASE_MS = 60_000;
const BATCH = 20;
const POLL_MS = 1000;

export function nextAfterFailure(attempt: number, now: Date): { status: 'pending' | 'failed'; nextAttemptAt: Date } {
  if (attempt >= MAX_ATTEMPTS) return { status: 'failed', nextAttemptAt: now };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + RETRY_DELAYS_MS[attempt - 1]) };
}

export function createMailMetrics(registry: Registry) {
  return {
    sent: new Counter({ name: 'notifications_sent_total', help: 'Emails accepted by the SMTP server, by type', labelNames: ['type'] as const, registers: [registry] }),
    failedAttempts: new Counter({ name: 'notifications_attempts_failed_total', help: 'Email delivery attempts that failed (retried later), by type', labelNames: ['type'] as const, registers: [registry] }),
    failed: new Counter({ name: 'notifications_failed_total', help: 'Emails given up after every retry, by type', labelNames: ['type'] as const, registers: [registry] }),
    queueAge: new Gauge({ name: 'notifications_queue_age_seconds', help: 'Age of the oldest email waiting to be sent', registers: [registry] }),
  };
}
export type MailMetrics = ReturnType<typeof createMailMetrics>;

export interface SenderDeps {
  db: Db;
  smtpUrl: string | null;
  from: string;
  clock: Clock;
  log: Logger;
  metrics: MailMetrics;
  box: SecretBox;
}

/**
 * The worker's mail loop: leases due messages, sends each outside any transaction, then records
 * the attempt and the outcome in one. A message is only sent while leased, so two workers never
 * send it at once; the Message-ID is the message id, so a resend after a crash between the SMTP
 * answer and the commit is recognisable as the same email.
 */
export function createSender(deps: SenderDeps) {
  const { db, clock, log, metrics, box } = deps;
  // nodemailer loads only when SMTP is configured.
  let transport: Promise<Transporter> | null = deps.smtpUrl
    ? import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(deps.smtpUrl!, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as any))
    : null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;

  async function sendOne(m: MessageRow): Promise<void> {
    const attempt = m.attempts + 1;
    let secret = '';
    let ok = false;
    let error: string | null = null;
    let response: string | null = null;
    try {
      if (m.secret) secret = box.open(m.secret);
      const fill = (s: string) => (m.secret ? s.split(SECRET_PLACEHOLDER).join(secret) : s);
      const info = await (await transport!).sendMail({
        from: deps.from,
        to: m.recipient,
        subject: m.subject,
        text: fill(m.text_body),
        html: fill(m.html_body),
        messageId: `<${m.id}@inventra>`,
        headers: { 'X-Inventra-Type': m.type },
      });
      ok = true;
      response = String(info.response ?? '').slice(0, 500);
    } catch (err) {
      error = String((err as Error)?.message ?? err).slice(0, 500);
    }
    const now = clock.now();
    const next = ok ? { status: 'sent' as const, nextAttemptAt: now } : nextAfterFailure(attempt, now);
    await db.transaction().execute((tx) => repo.recordAttempt(tx, { id: uuidv7(), messageId: m.id, attempt, ok, error, response, now }, next));
    if (ok) metrics.sent.inc({ type: m.type });
    else {
      metrics.failedAttempts.inc({ type: m.type });
      if (next.status === 'failed') metrics.failed.inc({ type: m.type });
      log.warn({ messageId: m.id, type: m.type, attempt, err: error }, 'email delivery failed');
    }
  }

  async function round(): Promise<number> {
    if (!transport) return 0;
    const now = clock.now();
    const due = await repo.claimDue(db, now, new Date(now.getTime() + LEASE_MS), BATCH);
    for (const m of due) await sendOne(m);
    metrics.queueAge.set(await repo.queueAgeSeconds(db, clock.now()));
    return due.length;
  }

  /** One round at a time per process; a caller arriving meanwhile waits for it and runs its own. */
  async function runOnce(): Promise<number> {
    while (running) await running.catch(() => {});
    running = round();
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  const loop = async () => {
    timer = null;
    let sent = 0;
    try {
      sent = await runOnce();
    } catch (err) {
      log.error({ err }, 'email sender round failed');
    }
    // A full batch means more may be due: go on at once.
    if (!stopped) timer = setTimeout(loop, sent >= BATCH ? 0 : POLL_MS);
  };

  return {
    enabled: () => transport !== null,
    runOnce,
    /** Sends everything due now (tests; `drain` after moving the clock past a retry delay). */
    async drain(): Promise<number> {
      let total = 0;
      for (let n = await runOnce(); n > 0; n = await runOnce()) total += n;
      return total;
    },
    start(): void {
      if (!transport || !stopped) return;
      stopped = false;
      timer = setTimeout(loop, 0);
    },
    /** Stops polling and waits (at most 5 s, within the 10 s shutdown budget) for the round under way. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      // A lease left behind by an unfinished send expires and another worker retries the message.
      if (running) await Promise.race([running.catch(() => {}), new Promise((r) => setTimeout(r, 5000).unref())]);
      transport?.then((t) => t.close(), () => {});
      transport = null;
    },
  };
}
export type Sender = ReturnType<typeof createSender>;
