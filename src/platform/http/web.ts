import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './app';

/**
 * Serves the built web apps: the admin under /admin and the storefront at /, each with an
 * index.html fallback so client-side routes survive a reload.
 */
export async function webRoutes(app: App, distDir: string) {
  const apps = [
    { prefix: '/admin/', dir: join(distDir, 'admin') },
    { prefix: '/', dir: join(distDir, 'store') },
  ].filter((a) => existsSync(join(a.dir, 'index.html')));
  if (apps.length === 0) return;

  const indexes = new Map(apps.map((a) => [a.prefix, readFileSync(join(a.dir, 'index.html'), 'utf8')]));
  for (const [i, a] of apps.entries()) {
    await app.register(fastifyStatic, {
      root: a.dir,
      prefix: a.prefix,
      decorateReply: i === 0,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        // Hashed assets never change; index.html always revalidates.
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const spa = (prefix: string) => async (_req: unknown, reply: any) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexes.get(prefix));
  for (const a of apps) {
    const base = a.prefix === '/' ? '' : a.prefix.slice(0, -1);
    app.get(a.prefix === '/' ? '/' : base, { schema: { hide: true } }, spa(a.prefix));
    app.get(`${base}/*`, { schema: { hide: true } }, async (req, reply) => {
      const path = (req.params as { '*': string })['*'];
      if (a.prefix === '/' && /^(v1|media|docs|admin)(\/|$)/.test(path)) return reply.callNotFound();
      if (path && existsSync(join(a.dir, path)) && !path.includes('..')) return reply.sendFile(path, a.dir);
      if (/\.\w{1,5}$/.test(path)) return reply.callNotFound();
      return spa(a.prefix)(req, reply);
    });
  }
}
