import type { ColumnType, Generated, Selectable } from 'kysely';

/** A timestamptz: read as a Date, written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';
/** Events while an endpoint is disabled: not delivered, or kept and sent in order once enabled. */
export type WhileDisabled = 'skip' | 'keep';

/** The `webhooks` schema (migrations/*.sql), as the repository sees it. */
export interface WebhooksTables {
  'webhooks.endpoints': {
    id: string;
    url: string;
    events: string[];
    description: string | null;
    secret: string;
    enabled: Generated<boolean>;
    disabled_reason: string | null;
    consecutive_failures: Generated<number>;
    circuit_open_until: Timestamp | null;
    while_disabled: ColumnType<WhileDisabled, WhileDisabled | undefined, WhileDisabled>;
    version: Generated<number>;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  'webhooks.deliveries': {
    id: string;
    endpoint_id: string;
    event_id: string;
    event_type: string;
    payload: string;
    status: ColumnType<DeliveryStatus, DeliveryStatus | undefined, DeliveryStatus>;
    attempts: Generated<number>;
    last_status_code: number | null;
    last_error: string | null;
    next_attempt_at: Timestamp | null;
    lease_until: Timestamp | null;
    /** `<aggregateType>:<aggregateId>`: deliveries of one key go out one after another. */
    aggregate_key: string;
    sequence: ColumnType<number, number | undefined, number>;
    position: Generated<number>;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  'webhooks.attempts': {
    id: string;
    delivery_id: string;
    attempt: number;
    started_at: Timestamp;
    duration_ms: number;
    status_code: number | null;
    error: string | null;
    succeeded: boolean;
  };
  /** Nonces of signed incoming requests, when Redis is not configured (platform/http/signed-requests). */
  'webhooks.incoming_nonces': {
    scope: string;
    nonce: string;
    expires_at: Timestamp;
  };
}

export type EndpointRow = Selectable<WebhooksTables['webhooks.endpoints']>;
export type DeliveryRow = Selectable<WebhooksTables['webhooks.deliveries']>;
export type AttemptRow = Selectable<WebhooksTables['webhooks.attempts']>;
