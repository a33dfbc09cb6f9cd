/**
 * The baseline: a bare Fastify route on the same machine, in its own process like the real
 * server. Answers `GET /bare` with a small JSON body; with BARE_BODIES (a JSON file mapping
 * paths with their query strings to bodies) it also answers each of those paths with exactly
 * those bytes, as `application/json; charset=utf-8`. Prints `listening <url>` once ready.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ status: 'ok' }));
// CPU time this process has used (µs), so a bench can put CPU per request beside req/s.
app.get('/__cpu', async () => process.cpuUsage());
if (process.env.BARE_BODIES) {
  const bodies = new Map(Object.entries(JSON.parse(readFileSync(process.env.BARE_BODIES, 'utf8')) as Record<string, string>));
  app.get('/*', (req, reply) => {
    const body = bodies.get(req.url);
    if (body === undefined) return reply.code(404).send({ error: 'not a bare path' });
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${address}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
