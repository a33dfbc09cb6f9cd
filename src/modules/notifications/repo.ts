import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { tables } from '../../platform/db/tables';
import type { MessageRow, MessageStatus, NotificationsTables } from './tables';

const t = (q: Db) => tables<NotificationsTables>(q);

export type { MessageRow, MessageStatus } from './tables';

export type NewMessageRow = Omit<MessageRow, 'attempts' | 'last_error' | 'locked_until' | 'sent_at'>;

export interface MessageFilter {
  to?: string;
  type?: string;
  status?: MessageStatus;
  after: { createdAt: string; id: string } | null;
  limit: number;
}

/** The only SQL for the `notifications` schema; every function runs in the handle it is given. */
export const notificationsRepo = {
  /** Inserts messages; one already written for the same source, recipient and type is left alone. */
  async insert(tx: Db, rows: NewMessageRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const res = await t(tx)
      .insertInto('notifications.messages')
      .values(rows)
      .onConflict((oc) => oc.columns(['source_id', 'recipient', 'type']).doNothing())
      .returning('id')
      .execute();
    return res.length;
  },

  async find(q: Db, id: string): Promise<MessageRow | undefined> {
    return t(q).selectFrom('notifications.messages').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async list(q: Db, f: MessageFilter): Promise<MessageRow[]> {
    const res = await sql<MessageRow>`
      select * from notifications.messages where true
      ${f.to ? sql`and lower(recipient) = lower(${f.to})` : sql``}
      ${f.type ? sql`and type = ${f.type}` : sql``}
      ${f.status ? sql`and status = ${f.status}` : sql``}
      ${f.after ? sql`and (created_at, id) < (${f.after.createdAt}::timestamptz, ${f.after.id}::uuid)` : sql``}
      order by created_at desc, id desc limit ${f.limit}`.execute(q);
    return res.rows;
  },

  /**
   * Leases due messages to one sender: `locked_until` keeps another worker (or this one's next
   * round) from sending them while an attempt is under way.
   */
  async claimDue(q: Db, now: Date, leaseUntil: Date, limit: number): Promise<MessageRow[]> {
    const res = await sql<MessageRow>`
      update notifications.messages set locked_until = ${leaseUntil}
      where id in (
        select id from notifications.messages
        where status = 'pending' and next_attempt_at <= ${now} and (locked_until is null or locked_until <= ${now})
        order by next_attempt_at, id limit ${limit}
        for update skip locked)
      returning *`.execute(q);
    return res.rows;
  },

  /** Records an attempt and its outcome together; a sent message forgets its secret. */
  async recordAttempt(
    tx: Db,
    a: { id: string; messageId: string; attempt: number; ok: boolean; error: string | null; response: string | null; now: Date },
    next: { status: MessageStatus; nextAttemptAt: Date },
  ): Promise<void> {
    await t(tx).insertInto('notifications.attempts').values({ id: a.id, message_id: a.messageId, attempt: a.attempt, ok: a.ok, error: a.error, response: a.response, created_at: a.now }).execute();
    await t(tx)
      .updateTable('notifications.messages')
      .set({
        status: next.status,
        attempts: a.attempt,
        last_error: a.ok ? null : a.error,
        next_attempt_at: next.nextAttemptAt,
        locked_until: null,
        updated_at: a.now,
        ...(a.ok ? { sent_at: a.now, secret: null } : {}),
      })
      .where('id', '=', a.messageId)
      .execute();
  },

  async attempts(q: Db, messageId: string): Promise<{ attempt: number; ok: boolean; error: string | null; response: string | null; created_at: Date }[]> {
    return t(q).selectFrom('notifications.attempts').select(['attempt', 'ok', 'error', 'response', 'created_at']).where('message_id', '=', messageId).orderBy('attempt').execute();
  },

  /** Puts a failed (or kept) message back in the queue, due now. */
  async requeue(q: Db, id: string, from: MessageStatus[], now: Date): Promise<MessageRow | undefined> {
    return t(q)
      .updateTable('notifications.messages')
      .set({ status: 'pending', next_attempt_at: now, locked_until: null, updated_at: now })
      .where('id', '=', id)
      .where('status', 'in', from)
      .returningAll()
      .executeTakeFirst();
  },

  /** Seconds since the oldest pending message was written (0 when none waits). */
  async queueAgeSeconds(q: Db, now: Date): Promise<number> {
    const res = await sql<{ oldest: Date | null }>`select min(created_at) as oldest from notifications.messages where status = 'pending'`.execute(q);
    const oldest = res.rows[0]?.oldest;
    return oldest ? Math.max(0, (now.getTime() - new Date(oldest).getTime()) / 1000) : 0;
  },
};
