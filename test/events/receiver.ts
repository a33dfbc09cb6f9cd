import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
  /** The status answered; undefined while the answer is still pending. */
  status?: number;
}

type Answer = number | { status: number; headers?: Record<string, string> };

/** A local webhook receiver on 127.0.0.1 whose answer each test decides. */
export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** Status (and headers) for the n-th request (0-based); default 200. A promise holds the answer until it settles. */
  respond: (fn: (n: number, req: Received) => Answer | Promise<Answer>) => void;
  close(): Promise<void>;
}

export async function startReceiver(port = 0): Promise<Receiver> {
  const received: Received[] = [];
  let answer: (n: number, req: Received) => Answer | Promise<Answer> = () => 200;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const r: Received = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), path: req.url ?? '/' };
      const n = received.length;
      received.push(r);
      const a = await answer(n, r);
      const { status, headers } = typeof a === 'number' ? { status: a, headers: {} } : a;
      if (res.destroyed) return;
      r.status = status;
      res.writeHead(status, headers ?? {});
      res.end(status >= 200 && status < 300 ? 'ok' : 'nope');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hook`,
    port: actual,
    received,
    respond: (fn) => (answer = fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `check` returns a truthy value (a deadline, not a timing assertion). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 20_000): Promise<Exclude<T, null | undefined | false | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as Exclude<T, null | undefined | false | 0 | ''>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
