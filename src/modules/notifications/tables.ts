import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type MessageStatus = 'pending' | 'sent' | 'failed' | 'kept';

/** The `notifications` schema (migrations/0250_notifications.sql). */
export interface NotificationsTables {
  'notifications.messages': {
    id: string;
    type: string;
    recipient: string;
    user_id: string | null;
    locale: 'ja' | 'en';
    subject: string;
    text_body: string;
    html_body: string;
    /** Sealed (encrypted); wiped once the message is sent. */
    secret: string | null;
    source_id: string;
    event_id: string | null;
    status: ColumnType<MessageStatus, MessageStatus | undefined, MessageStatus>;
    attempts: ColumnType<number, number | undefined, number>;
    last_error: string | null;
    next_attempt_at: Timestamp;
    locked_until: Timestamp | null;
    created_at: Timestamp;
    sent_at: Timestamp | null;
    updated_at: Timestamp;
  };
  'notifications.attempts': {
    id: string;
    message_id: string;
    attempt: number;
    ok: boolean;
    error: string | null;
    response: string | null;
    created_at: Timestamp;
  };
}

export type MessageRow = Selectable<NotificationsTables['notifications.messages']>;
