import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { access } from '../../platform/http/access';
import { type App, ctx, etag, ifMatchVersion } from '../../platform/http/app';
import { Id, IdParams, ListQuery, Obj, Page } from '../../platform/http/schemas';
import { Category, CategoryInput, CategoryPatch, Product, ProductInput, ProductPatch, ProductStatusSchema, Slug, StoreCategoryTree, StoreListItem, StoreProduct, StoreSort, VariantInput, VariantPatch } from './schema';
import type { CatalogService } from './service';
import type { Storefront } from './storefront';
import { PRODUCT_ACTIONS } from './transitions';

export interface CatalogRouteDeps {
  catalog: CatalogService;
  storefront: Storefront;
}

/** Cached storefront bodies are JSON text already: sent as-is, without a second serialisation. */
function sendJson(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json as never);
}

const VariantParams = Obj({ id: Id, variantId: Id });
const ImageParams = Obj({ id: Id, imageId: Id });

export function catalogRoutes(app: App, { catalog, storefront }: CatalogRouteDeps) {
  const read = access.staff('catalog:read');
  const write = access.staff('catalog:write');
  const catTags = ['admin: catalog'];

  app.post('/v1/admin/categories', {
    config: { access: write },
    schema: { tags: catTags, summary: 'Create a category (slug derived from the name when absent)', body: CategoryInput, response: { 201: Category } },
    handler: async (req, reply) => reply.code(201).send(await catalog.createCategory(ctx(req), req.body)),
  });

  app.get('/v1/admin/categories', {
    config: { access: read },
    schema: { tags: catTags, summary: 'All categories, flat (parentId and position give the tree)', response: { 200: Type.Object({ items: Type.Array(Category) }) } },
    handler: async () => ({ items: await catalog.listCategories() }),
  });

  app.patch('/v1/admin/categories/:id', {
    config: { access: write },
    schema: { tags: catTags, summary: 'Rename, move or reorder a category', params: IdParams, body: CategoryPatch, response: { 200: Category } },
    handler: (req) => catalog.updateCategory(ctx(req), req.params.id, req.body),
  });

  app.delete('/v1/admin/categories/:id', {
    config: { access: write },
    schema: { tags: catTags, summary: 'Delete an empty category (409 while it has products or children)', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await catalog.deleteCategory(ctx(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  const tags = ['admin: products'];
  app.post('/v1/admin/products', {
    config: { access: write },
    schema: { tags, summary: 'Create a draft product with its variants', body: ProductInput, response: { 201: Product } },
    handler: async (req, reply) => {
      const product = await catalog.createProduct(ctx(req), req.body);
      return reply.code(201).header('etag', etag(product.version)).send(product);
    },
  });

  app.get('/v1/admin/products', {
    config: { access: read },
    schema: {
      tags,
      summary: 'List products (working copies), newest first',
      querystring: Obj({ ...ListQuery, status: Type.Optional(ProductStatusSchema), categoryId: Type.Optional(Id), q: Type.Optional(Type.String({ maxLength: 200 })) }),
      response: { 200: Page(Product) },
    },
    handler: (req) => catalog.listProducts({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/products/:id', {
    config: { access: read },
    schema: { tags, summary: 'One product (ETag carries its version)', params: IdParams, response: { 200: Product } },
    handler: async (req, reply) => {
      const product = await catalog.getProduct(req.params.id);
      return reply.header('etag', etag(product.version)).send(product);
    },
  });

  app.patch('/v1/admin/products/:id', {
    config: { access: write },
    schema: { tags, summary: 'Change a product (If-Match honoured); the storefront sees it after the next publish', params: IdParams, body: ProductPatch, response: { 200: Product } },
    handler: async (req, reply) => {
      const product = await catalog.updateProduct(ctx(req), req.params.id, req.body, ifMatchVersion(req));
      return reply.header('etag', etag(product.version)).send(product);
    },
  });

  app.delete('/v1/admin/products/:id', {
    config: { access: write },
    schema: { tags, summary: 'Delete a product (409 once it is in an order: archive it instead)', params: IdParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await catalog.deleteProduct(ctx(req), req.params.id, ifMatchVersion(req));
      return reply.code(204).send(null);
    },
  });

  app.post('/v1/admin/products/:id/variants', {
    config: { access: write },
    schema: { tags, summary: 'Add a variant; answers the product', params: IdParams, body: VariantInput, response: { 201: Product } },
    handler: async (req, reply) => {
      const product = await catalog.addVariant(ctx(req), req.params.id, req.body, ifMatchVersion(req));
      return reply.code(201).header('etag', etag(product.version)).send(product);
    },
  });

  app.patch('/v1/admin/products/:id/variants/:variantId', {
    config: { access: write },
    schema: { tags, summary: 'Change a variant; answers the product', params: VariantParams, body: VariantPatch, response: { 200: Product } },
    handler: async (req, reply) => {
      const product = await catalog.updateVariant(ctx(req), req.params.id, req.params.variantId, req.body, ifMatchVersion(req));
      return reply.header('etag', etag(product.version)).send(product);
    },
  });

  app.delete('/v1/admin/products/:id/variants/:variantId', {
    config: { access: write },
    schema: { tags, summary: 'Delete a variant (not the last one)', params: VariantParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await catalog.deleteVariant(ctx(req), req.params.id, req.params.variantId, ifMatchVersion(req));
      return reply.code(204).send(null);
    },
  });

  for (const action of PRODUCT_ACTIONS) {
    app.post(`/v1/admin/products/:id/${action}`, {
      config: { access: write },
      schema: {
        tags,
        summary: {
          publish: 'Publish: snapshot the working copy for the storefront (again, if already published)',
          unpublish: 'Unpublish: published → draft; the storefront answers 404',
          archive: 'Archive: published → archived',
          restore: 'Restore: archived → draft',
        }[action],
        params: IdParams,
        response: { 200: Product },
      },
      handler: async (req, reply) => {
        const product = await catalog.transition(ctx(req), req.params.id, action, ifMatchVersion(req));
        return reply.header('etag', etag(product.version)).send(product);
      },
    });
  }

  app.delete('/v1/admin/products/:id/images/:imageId', {
    config: { access: write },
    schema: { tags, summary: 'Remove an image from a product', params: ImageParams, response: { 204: Type.Null() } },
    handler: async (req, reply) => {
      await catalog.deleteImage(ctx(req), req.params.id, req.params.imageId);
      return reply.code(204).send(null);
    },
  });

  const storeTags = ['storefront'];
  app.get('/v1/store/products', {
    config: { access: access.public },
    schema: {
      tags: storeTags,
      summary: 'Published products: typo-tolerant search, category (with subcategories), price and stock filters, sorts, cursor pages',
      querystring: Obj({
        ...ListQuery,
        q: Type.Optional(Type.String({ maxLength: 200 })),
        category: Type.Optional(Slug),
        minPrice: Type.Optional(Type.Integer({ minimum: 0 })),
        maxPrice: Type.Optional(Type.Integer({ minimum: 0 })),
        inStock: Type.Optional(Type.Boolean()),
        sort: Type.Optional(StoreSort),
      }),
      response: { 200: Page(StoreListItem) },
    },
    handler: async (req, reply) => sendJson(reply, await storefront.list({ ...req.query, limit: req.query.limit ?? 20 })),
  });

  app.get('/v1/store/products/:slug', {
    config: { access: access.public },
    schema: { tags: storeTags, summary: 'A published product with live per-variant availability', params: Obj({ slug: Type.String({ minLength: 1, maxLength: 120 }) }), response: { 200: StoreProduct } },
    handler: async (req, reply) => sendJson(reply, await storefront.product(req.params.slug)),
  });

  app.get('/v1/store/categories', {
    config: { access: access.public },
    schema: { tags: storeTags, summary: 'The category tree', response: { 200: Type.Array(StoreCategoryTree) } },
    handler: async (_req, reply) => sendJson(reply, await storefront.categoryTree()),
  });
}
