import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app';

/**
 * Fills the storefront's index.html for one path (its `<head>` for search engines and link
 * previews) and says its status (404 for an unknown product). Given by the catalog module.
 */
export type StorePageRenderer = (path: string, origin: string, indexHtml: string) => Promise<{ status: number; html: string }>;

/**
 * Serves the built web apps: the admin under /admin and the storefront at /. Files are looked up
 * per request (a rebuild while the server runs is picked up), and any other path gets the app's
 * index.html so client-side routes survive a reload. Files the build precompressed (`.br`, `.gz`)
 * are sent instead when the client accepts them.
 */
export async function webRoutes(app: App, distDir: string, opts: { renderStorePage?: StorePageRenderer } = {}) {
  const apps = [
    { base: '/admin', dir: join(distDir, 'admin') },
    { base: '', dir: join(distDir, 'store') },
  ];
  await app.register(fastifyStatic, { root: distDir, serve: false, cacheControl: false, preCompressed: true });

  const handler = (a: (typeof apps)[number]) => async (req: FastifyRequest, reply: FastifyReply) => {
    const path = normalize((req.params as { '*'?: string })['*'] ?? '').replace(/^(\.\.(\/|$))+/, '');
    if (a.base === '' && /^(v1|media|docs|admin|openapi\.json)(\/|$)/.test(path)) return reply.callNotFound();
    const index = join(a.dir, 'index.html');
    if (!existsSync(index)) return reply.callNotFound();
    const file = join(a.dir, path);
    if (path && file.startsWith(a.dir) && existsSync(file) && statSync(file).isFile()) {
      // Hashed assets never change; everything else revalidates.
      reply.header('cache-control', path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache').header('vary', 'accept-encoding');
      return reply.sendFile(path, a.dir);
    }
    if (/\.\w{1,5}$/.test(path)) return reply.callNotFound();
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    if (a.base === '' && opts.renderStorePage) {
      const page = await opts.renderStorePage(path, `${req.protocol}://${req.host}`, readFileSync(index, 'utf8'));
      return reply.code(page.status).send(page.html);
    }
    return reply.send(readFileSync(index));
  };

  for (const a of apps) {
    app.get(a.base || '/', { schema: { hide: true } }, handler(a));
    app.get(`${a.base}/*`, { schema: { hide: true } }, handler(a));
  }
}
