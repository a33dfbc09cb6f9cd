import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Config } from '../../platform/config';
import { DomainError } from '../../platform/errors';
import { access } from '../../platform/http/access';
import { systemContext, type RequestContext } from '../../platform/core/context';
import type { App } from '../../platform/http/app';
import { Obj } from '../../platform/core/schemas';
import { type NonceStore, parseJsonBody, rawBodyParser, verifySignedRequest } from './incoming';

/** What the PMS can push; each is applied through the same service as the admin API. */
export interface PmsHandlers {
  /** `product.upsert`: the admin create body, matched by slug; `publish: true` publishes it too. */
  upsertProduct?(ctx: RequestContext, body: Record<string, unknown>, opts: { publish: boolean }): Promise<unknown>;
  /** `inventory.set`: a stock count for one SKU. */
  setOnHand?(ctx: RequestContext, sku: string, onHand: number): Promise<unknown>;
}

const Envelope = Type.Union([
  Obj({ type: Type.Literal('product.upsert'), data: Type.Object({}, { additionalProperties: true }) }),
  Obj({ type: Type.Literal('inventory.set'), data: Obj({ sku: Type.String({ minLength: 1, maxLength: 64 }), onHand: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }) }) }),
]);

const Result = Type.Object({ ok: Type.Literal(true), type: Type.String(), result: Type.Any() });

function envelope(body: unknown): { type: 'product.upsert'; data: Record<string, unknown> } | { type: 'inventory.set'; data: { sku: string; onHand: number } } {
  if (Value.Check(Envelope, body)) return body as any;
  const type = (body as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type !== 'product.upsert' && type !== 'inventory.set') {
    throw new DomainError('validation_failed', `Unknown type ${type}; send product.upsert or inventory.set`, { errors: [{ path: 'type', message: 'must be product.upsert or inventory.set' }] });
  }
  const errors = [...Value.Errors(Envelope, body)].slice(0, 10).map((e) => ({ path: e.path.replace(/^\//, ''), message: e.message }));
  throw new DomainError('validation_failed', 'The body must be { type, data } as described in the API', { errors });
}

/** `POST /v1/webhooks/pms`: verified over the raw bytes before any JSON parsing. */
export function pmsWebhookRoutes(app: App, deps: { config: Config; nonces: NonceStore; handlers: PmsHandlers; now: () => Date }) {
  app.register(async (scope) => {
    rawBodyParser(scope);
    scope.post('/v1/webhooks/pms', {
      config: { access: access.public },
      bodyLimit: 1024 * 1024,
      // The body is raw bytes until the signature is checked; the schema documents the JSON it must hold.
      validatorCompiler: () => () => true,
      schema: {
        tags: ['webhooks'],
        summary: 'Incoming PMS webhook (HMAC-signed: x-inventra-timestamp, x-inventra-nonce, x-inventra-signature)',
        body: Envelope,
        response: { 200: Result },
      },
      handler: async (req) => {
        const rawBody = req.body as unknown as Buffer | undefined;
        await verifySignedRequest({
          secret: deps.config.pmsWebhookSecret,
          headers: req.headers,
          rawBody: rawBody ?? Buffer.alloc(0),
          nonceStore: deps.nonces,
          scope: 'pms',
          now: deps.now(),
        });
        const msg = envelope(parseJsonBody(rawBody));
        const ctx = { ...systemContext(req.id), ip: req.ip };
        if (msg.type === 'product.upsert') {
          if (!deps.handlers.upsertProduct) throw new DomainError('unavailable', 'The catalog is not available on this server');
          const { publish, ...body } = msg.data as Record<string, unknown> & { publish?: unknown };
          if (publish !== undefined && typeof publish !== 'boolean') {
            throw new DomainError('validation_failed', 'data.publish must be a boolean', { errors: [{ path: 'data/publish', message: 'must be boolean' }] });
          }
          return { ok: true as const, type: msg.type, result: await deps.handlers.upsertProduct(ctx, body, { publish: publish === true }) };
        }
        if (!deps.handlers.setOnHand) throw new DomainError('unavailable', 'Inventory is not available on this server');
        return { ok: true as const, type: msg.type, result: await deps.handlers.setOnHand(ctx, msg.data.sku, msg.data.onHand) };
      },
    });
  });
}
