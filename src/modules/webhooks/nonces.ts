import type { Db } from '../../platform/db/database';
import { repo } from './repo';

/**
 * The nonce table behind signed incoming requests (platform/http/signed-requests) when Redis is not
 * configured or not answering: the `webhooks` schema keeps incoming webhooks' state too.
 */
export function createNonceTable(db: Db, now: () => Date = () => new Date()) {
  let sweeps = 0;
  return {
    async remember(scope: string, nonce: string, ttlSeconds: number): Promise<boolean> {
      const at = now();
      // Expired nonces are swept now and then.
      if (sweeps++ % 100 === 0) await repo.sweepNonces(db, at);
      return repo.rememberNonce(db, scope, nonce, new Date(at.getTime() + ttlSeconds * 1000), at);
    },
  };
}
