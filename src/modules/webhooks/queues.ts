import type { Logger } from 'pino';
import type { DeliveryRow, EndpointRow } from './repo';
import type { Outcome, WebhookService } from './service';

export interface QueueLimits {
  /** Requests in flight to one endpoint (distinct aggregates; one aggregate is always one at a time). */
  perEndpoint: number;
  /** Requests in flight to all endpoints together. */
  total: number;
  /** Deliveries one endpoint leases at a time. */
  claim: number;
}

/** Counting semaphore: the bound on requests in flight across all endpoints. */
class Slots {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((r) => this.waiting.push(r));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * Per-endpoint delivery queues. Each endpoint with due deliveries gets a lane: it leases a batch
 * (chain heads only, see repo.claimBatch), sends each aggregate's chain one delivery after the
 * other (the next only once the previous succeeded), several chains at once, and records what
 * finished in one write per round, while the requests of the next round are already in flight.
 * A slow or failing endpoint holds only its own lane and its share of the global slots.
 */
export function createDeliveryQueues(deps: { webhooks: WebhookService; log: Logger; limits: QueueLimits }) {
  const { webhooks, log, limits } = deps;
  const slots = new Slots(limits.total);
  const lanes = new Map<string, Lane>();
  let stopped = false;
  let scanning = false;
  let rescan = false;
  let timer: NodeJS.Timeout | null = null;
  let timerAt = Infinity;

  /** Runs the scan again at `at` (a retry or the end of a rest); one timer, the earliest wins. */
  const wakeAt = (at: Date) => {
    const ms = at.getTime();
    if (stopped || ms >= timerAt) return;
    if (timer) clearTimeout(timer);
    timerAt = ms;
    timer = setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      kick();
    }, Math.max(0, ms - webhooks.now().getTime()) + 5);
    timer.unref();
  };

  class Lane {
    chains: DeliveryRow[][] = [];
    /** Leased deliveries not yet sent nor given back. */
    queued = 0;
    runners = 0;
    outcomes: Outcome[] = [];
    released: string[] = [];
    halted = false;
    kicked = true;
    endpoint: EndpointRow | undefined;
    private signal: (() => void) | null = null;

    constructor(readonly id: string) {}

    poke(): void {
      this.signal?.();
    }

    kick(): void {
      this.kicked = true;
      this.poke();
    }

    async run(): Promise<void> {
      try {
        for (;;) {
          await this.flush();
          if (!stopped && !this.halted && this.kicked && this.queued < limits.claim / 2) {
            this.kicked = false;
            const { endpoint, deliveries } = await webhooks.claim(this.id, limits.claim - this.queued);
            this.endpoint = endpoint;
            if (!endpoint) this.halted = true;
            if (deliveries.length > 0) {
              this.add(deliveries);
              this.kicked = true; // there may be more behind this batch
            }
          }
          const idle = this.runners === 0 && this.queued === 0 && this.outcomes.length === 0 && this.released.length === 0;
          if (idle && (stopped || this.halted || !this.kicked)) break;
          if (this.outcomes.length === 0 && this.released.length === 0 && !(this.kicked && !this.halted && !stopped && this.queued < limits.claim / 2)) {
            await new Promise<void>((r) => (this.signal = r));
            this.signal = null;
          }
        }
      } catch (err) {
        log.error({ err, endpointId: this.id }, 'webhook delivery queue failed');
        this.kicked = false; // the next poll starts it again, not a hot loop
        // leases run out and the next scan takes over; wait for in-flight requests first
        while (this.runners > 0) await new Promise<void>((r) => (this.signal = r));
      } finally {
        lanes.delete(this.id);
      }
      if (!stopped && this.kicked && !this.halted) startLane(this.id);
    }

    /** Groups a leased batch into chains (one per aggregate, in sequence order) and starts runners. */
    private add(deliveries: DeliveryRow[]): void {
      const byKey = new Map<string, DeliveryRow[]>();
      for (const d of deliveries) byKey.set(d.aggregate_key, [...(byKey.get(d.aggregate_key) ?? []), d]);
      for (const chain of byKey.values()) {
        chain.sort((a, b) => a.sequence - b.sequence || a.position - b.position);
        this.chains.push(chain);
      }
      this.queued += deliveries.length;
      while (this.runners < limits.perEndpoint && this.runners < this.chains.length) {
        this.runners++;
        void this.runner();
      }
    }

    private giveBack(ds: DeliveryRow[]): void {
      for (const d of ds) this.released.push(d.id);
      this.queued -= ds.length;
    }

    /** Takes chains and sends each in order; a failure (or a lease about to run out) ends the chain and gives back its rest. */
    private async runner(): Promise<void> {
      try {
        for (let chain = this.chains.shift(); chain; chain = this.chains.shift()) {
          for (let i = 0; i < chain.length; i++) {
            const d = chain[i];
            const leaseLeft = new Date(d.lease_until!).getTime() - webhooks.now().getTime();
            if (stopped || this.halted || !this.endpoint || leaseLeft < webhooks.timeoutMs() + 2000) {
              this.giveBack(chain.slice(i));
              break;
            }
            await slots.take();
            let outcome: Outcome;
            try {
              outcome = await webhooks.send(this.endpoint, d);
            } finally {
              slots.give();
            }
            this.queued--;
            this.outcomes.push(outcome);
            this.poke();
            if (!outcome.result.ok) {
              this.giveBack(chain.slice(i + 1));
              break;
            }
          }
        }
      } catch (err) {
        log.error({ err, endpointId: this.id }, 'webhook delivery runner failed');
      } finally {
        this.runners--;
        this.poke();
      }
    }

    /** One write for everything that finished since the last one (the group commit of this lane). */
    private async flush(): Promise<void> {
      if ((this.halted || stopped) && this.chains.length > 0) {
        for (const chain of this.chains.splice(0)) this.giveBack(chain);
      }
      if (this.outcomes.length === 0 && this.released.length === 0) return;
      if (!this.endpoint) {
        this.outcomes = [];
        this.released = [];
        return;
      }
      const outcomes = this.outcomes.splice(0);
      const released = this.released.splice(0);
      const r = await webhooks.settleAttempts(this.endpoint, outcomes, released);
      if (outcomes.length > 0) this.kicked = true; // successors of what settled may go now
      if (r.halt) this.halted = true;
      if (r.wakeAt) wakeAt(r.wakeAt);
    }
  }

  function startLane(id: string): void {
    const existing = lanes.get(id);
    if (existing) return existing.kick();
    const lane = new Lane(id);
    lanes.set(id, lane);
    void lane.run();
  }

  /** Finds endpoints with deliveries that may go and starts (or wakes) their lanes; calls coalesce. */
  function kick(): void {
    if (stopped) return;
    if (scanning) {
      rescan = true;
      return;
    }
    scanning = true;
    void (async () => {
      try {
        do {
          rescan = false;
          for (const lane of lanes.values()) lane.kick();
          for (const id of await webhooks.busyEndpoints()) startLane(id);
        } while (rescan && !stopped);
      } catch (err) {
        log.error({ err }, 'webhook queue scan failed');
      } finally {
        scanning = false;
      }
    })();
  }

  return {
    kick,
    /** Lanes running now (tests, metrics). */
    active: () => lanes.size,
    /** Stops leasing; waits for requests in flight and records them. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      const running = [...lanes.values()];
      for (const lane of running) lane.poke();
      while (lanes.size > 0) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
