import type { Scenario } from '../harness';
import { printEventsBench, runEventsBench } from '../events';

/**
 * Events: outbox → webhook receiver on loopback (events/s) and state change → Socket.IO client
 * (p50/p99). It runs its own in-process server on the same kind of database, because delivering to
 * a loopback receiver needs WEBHOOK_ALLOW_PRIVATE=1, which the shared bench server does not set.
 */
const events: Scenario = async (ctx) => {
  const result = await runEventsBench(ctx.db === 'postgres' ? 'pg' : 'pglite');
  console.log(`  ${ctx.db.padEnd(9)} ${'events: outbox → webhook'.padEnd(34)} ${String(result.eventsPerSecond).padStart(7)} events/s   (${result.events} events, ${result.webhookRequests} requests)`);
  console.log(`  ${ctx.db.padEnd(9)} ${'events: change → Socket.IO'.padEnd(34)}   p50 ${String(result.socketP50Ms).padStart(5)} ms   p99 ${String(result.socketP99Ms).padStart(5)} ms   (${result.socketSamples} samples)`);
  printEventsBench([result]);
};
export default events;
