import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { access } from '../../platform/http/access';
import type { App } from '../../platform/http/app';
import { Obj } from '../../platform/core/schemas';
import { DomainError } from '../../platform/errors';
import type { StorefrontPages } from './pages';
import { robotsTxt } from './seo';

const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
const xml = { description: 'XML sitemap', content: { 'application/xml': { schema: Type.String() } } };

/** Sitemap and robots.txt for search engines (the pages' `<head>` is filled by `webRoutes`). */
export function storefrontPageRoutes(app: App, { pages }: { pages: StorefrontPages }) {
  const tags = ['storefront pages'];

  app.get('/sitemap.xml', {
    config: { access: access.public },
    schema: { tags, summary: 'Home, every category and every published product; an index of /sitemap/<n>.xml pages when large', response: { 200: xml } },
    handler: async (req, reply) => reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=300').send((await pages.sitemap(origin(req))) ?? ''),
  });

  app.get('/sitemap/:file', {
    config: { access: access.public },
    schema: { tags, summary: 'One page of a large sitemap (listed by /sitemap.xml)', params: Obj({ file: Type.String({ pattern: '^[1-9][0-9]{0,5}\\.xml$', maxLength: 10 }) }), response: { 200: xml } },
    handler: async (req, reply) => {
      const body = await pages.sitemap(origin(req), Number.parseInt(req.params.file, 10));
      if (body === null) throw new DomainError('not_found', 'No such sitemap page');
      return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(body);
    },
  });

  app.get('/robots.txt', {
    config: { access: access.public },
    schema: { tags, summary: 'Crawlers may read the shop, not /admin or the API', response: { 200: { description: 'robots.txt', content: { 'text/plain': { schema: Type.String() } } } } },
    handler: async (req, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(robotsTxt(origin(req))),
  });
}
