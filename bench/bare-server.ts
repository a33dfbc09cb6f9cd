/**
 * The baseline: a bare Fastify route on the same machine, in its own process like the real
 * server, answering a small JSON body. Prints `listening <url>` once ready.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ status: 'ok' }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${address}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
