import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './server';

export interface MailBox {
  port: number;
  url: string;
  received: ParsedMail[];
  /** Mail to `to` (optionally matching `subject`), waiting up to `ms` for it to arrive. */
  waitFor(match: (m: ParsedMail) => boolean, ms?: number): Promise<ParsedMail>;
  to(address: string): ParsedMail[];
  stop(): Promise<void>;
  /** Starts again on the same port (after `stop`). */
  start(): Promise<void>;
}

const addresses = (m: ParsedMail) => [m.to].flat().flatMap((a) => a?.value ?? []).map((v) => (v.address ?? '').toLowerCase());

/** A real SMTP server on loopback (the `smtp-server` package) that parses and keeps what arrives. */
export async function startMailBox(): Promise<MailBox> {
  const port = await freePort();
  const received: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream).then((m) => {
            received.push(m);
            callback();
          }, callback);
        },
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await start();
  const box: MailBox = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((m) => addresses(m).includes(address.toLowerCase())),
    async waitFor(match, ms = 20_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const hit = received.find(match);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no such mail arrived; got: ${received.map((m) => `${addresses(m)}: ${m.subject}`).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start,
  };
  return box;
}

export const sentTo = (address: string) => (m: ParsedMail) => addresses(m).includes(address.toLowerCase());
