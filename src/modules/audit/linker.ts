import type { Db } from '../../platform/db/database';
import { entryHash, GENESIS_HASH, hashedFields } from './hash';
import { auditRepo as repo, type Link } from './repo';

const PAGE = 1000;
/** How often every process looks for entries nobody linked (a crashed writer's, another replica's). */
const SWEEP_MS = 1000;
/** An entry recorded here but never seen committed by then was rolled back (the sweep links late ones). */
const GIVE_UP_MS = 30_000;

export interface LinkerLog {
  warn(obj: object, msg: string): void;
}

/**
 * The audit chain's sequencer. Writers insert entries unlinked and never wait for each other;
 * this links them after they commit. One pass holds the linker lock (one linker across all
 * replicas), opens a REPEATABLE READ snapshot, and appends every unlinked entry that snapshot
 * sees to the chain, oldest insert first. An entry is visible only once its transaction has
 * committed, so the chain follows commit order at the resolution of a pass, and an entry that
 * commits late is simply unlinked when the next pass looks: nothing is skipped, since a pass
 * looks for unlinked rows, not for rows past a high-water mark.
 */
export function createAuditLinker(db: Db, log?: LinkerLog) {
  /** Entries this process recorded and has not yet seen linked: the reason to run again soon. */
  const awaiting = new Map<string, number>();
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let sweeper: NodeJS.Timeout | null = null;
  let draining: Promise<unknown> | null = null;
  let backoff = 0;

  /** One pass; `wait` queues behind another linker instead of leaving the work to it. */
  async function pass(wait: boolean): Promise<{ locked: boolean; linked: string[] }> {
    const linked: string[] = [];
    const locked = await repo.withLinkerLock(db, wait, (conn) =>
      conn
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (tx) => {
          const tip = await repo.chainTip(tx);
          let pos = tip?.chain_pos ?? 0;
          let prevHash = tip?.hash ?? GENESIS_HASH;
          for (let afterSeq = 0; ; ) {
            const rows = await repo.unlinkedPage(tx, afterSeq, PAGE);
            const links: Link[] = rows.map((r) => {
              const hash = entryHash(prevHash, hashedFields(r));
              const link = { seq: r.seq, pos: ++pos, prevHash, hash };
              prevHash = hash;
              return link;
            });
            const n = await repo.link(tx, links);
            if (n !== links.length) throw new Error(`audit linker: ${n} of ${links.length} entries linked; the pass is rolled back`);
            linked.push(...rows.map((r) => r.id));
            if (rows.length < PAGE) return true;
            afterSeq = rows[rows.length - 1].seq;
          }
        }),
    );
    return { locked: locked !== null, linked: locked ? linked : [] };
  }

  async function drain(): Promise<void> {
    timer = null;
    let progressed = false;
    draining = (async () => {
      const res = await pass(false);
      for (const id of res.linked) awaiting.delete(id);
      progressed = res.linked.length > 0;
      if (!progressed && awaiting.size) {
        // Not visible yet (still committing), linked by another replica, or rolled back.
        for (const id of await repo.linkedAmong(db, [...awaiting.keys()].slice(0, 500))) awaiting.delete(id);
        const now = Date.now();
        for (const [id, at] of awaiting) if (now - at > GIVE_UP_MS) awaiting.delete(id);
      }
    })()
      .catch((err) => log?.warn({ err: { message: (err as Error).message } }, 'audit linking failed; retrying'))
      .finally(() => {
        draining = null;
      });
    await draining;
    if (!running || awaiting.size === 0) return;
    backoff = progressed ? 0 : Math.min(Math.max(backoff * 2, 2), SWEEP_MS);
    schedule(backoff);
  }

  function schedule(ms: number): void {
    if (timer || draining || !running) return;
    timer = setTimeout(() => void drain(), ms);
    timer.unref();
  }

  return {
    /** An entry was inserted in a transaction about to commit: link it soon after. */
    recorded(id: string): void {
      if (!running) return;
      awaiting.set(id, Date.now());
      schedule(0);
    },

    /** Links everything committed so far (waiting for another linker if need be), before a read. */
    async linkCommitted(): Promise<number> {
      const res = await pass(true);
      for (const id of res.linked) awaiting.delete(id);
      return res.linked.length;
    },

    /** Starts linking: at once (what a crashed process left unlinked), after writes, and every second. */
    start(): void {
      if (running) return;
      running = true;
      const sweep = async () => {
        if (!draining && !timer && (await repo.lag(db).catch(() => null))?.unlinked) schedule(0);
      };
      void sweep();
      sweeper = setInterval(() => void sweep(), SWEEP_MS);
      sweeper.unref();
    },

    async stop(): Promise<void> {
      running = false;
      if (timer) clearTimeout(timer);
      if (sweeper) clearInterval(sweeper);
      timer = sweeper = null;
      await draining;
    },
  };
}

export type AuditLinker = ReturnType<typeof createAuditLinker>;
