import { Type } from '@sinclair/typebox';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { access } from '../../platform/http/access';
import { type App, ctx, etag, ifMatchVersion } from '../../platform/http/app';
import { Id, IdParams, ListQuery, Nullable, Obj, Page } from '../../platform/core/schemas';
import { AdminProductSort, Category, CategoryInput, Image, CategoryPatch, Product, ProductInput, ProductPatch, ProductStatusSchema, Slug, StoreCategoryTree, StoreFacet, StoreListItem, StoreProduct, StoreSort, VariantInput, VariantPatch } from './schema';
import type { CatalogService } from './service';
import type { Storefront } from './storefront';
import type { CatalogCsv } from './csv';
import { MAX_UPLOAD_BYTES, type MediaStore } from './media';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DomainError } from '../../platform/errors';
import { PRODUCT_ACTIONS } from './transitions';
import { ImagePatch } from './images';

export interface CatalogRouteDeps {
  catalog: CatalogService;
  storefront: Storefront;
  media: MediaStore;
  csv: CatalogCsv;
}

/** Cached storefront bodies are JSON already (text, or its UTF-8 bytes): sent as-is, without a second serialisation. */
function sendJson(reply: FastifyReply, json: string | Buffer) {
  return reply.type('application/json; charset=utf-8').send(json as never);
}

const VariantParams = Obj({ id: Id, variantId: Id });
const csvBytes = new WeakMap<object, Buffer>();
const ImportErrorSchema = Type.Object({ line: Type.Integer(), column: Type.Optional(Type.String()), message: Type.String() });
const ImageParams = Obj({ id: Id, imageId: Id });

export function catalogRoutes(app: App, { catalog, storefront, media, csv }: CatalogRouteDeps) {
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
      summary: 'List products (working copies), newest first unless `sort` says otherwise',
      querystring: Obj({ ...ListQuery, status: Type.Optional(ProductStatusSchema), categoryId: Type.Optional(Id), q: Type.Optional(Type.String({ maxLength: 200 })), sort: Type.Optional(AdminProductSort) }),
      response: { 200: Page(Product) },
    },
    handler: (req) => catalog.listProducts({ ...req.query, limit: req.query.limit ?? 20 }),
  });

  app.get('/v1/admin/products/export', {
    config: { access: read },
    schema: {
      tags,
      summary: 'Export the catalog as CSV, one row per variant (the import format)',
      response: { 200: { description: 'The catalog as CSV', content: { 'text/csv': { schema: Type.String() } } } },
    },
    handler: async (_req, reply) =>
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="products.csv"').send(await csv.export()),
  });

  // Uploads and CSV get their own body parsers, scoped to these routes.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1000 }, throwFileSizeLimit: true });
    // Bytes, not text: the importer decodes UTF-8 or Shift_JIS itself.
    scope.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: 50 * 1024 * 1024 }, (_req, body, done) => done(null, body));

    scope.post('/v1/admin/products/:id/images', {
      config: { access: write },
      schema: {
        tags,
        summary: 'Upload an image (multipart field `file`, optional field `alt`; JPEG, PNG or WebP up to 10 MiB)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: Image },
      },
      handler: async (req, reply) => {
        if (!req.isMultipart()) throw new DomainError('unsupported_media_type', 'Send the image as multipart/form-data with a field named file');
        let bytes: Buffer | null = null;
        let alt = '';
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file') {
              await part.toBuffer();
              continue;
            }
            bytes = await part.toBuffer();
          } else if (part.fieldname === 'alt') {
            alt = String(part.value ?? '').slice(0, 300);
          }
        }
        if (!bytes || bytes.length === 0) throw new DomainError('validation_failed', 'The form has no file', { errors: [{ path: 'file', message: 'is required' }] });
        await catalog.getProduct(req.params.id);
        const stored = await media.store(bytes);
        return reply.code(201).send(await catalog.addImage(ctx(req), req.params.id, stored, alt));
      },
    });

    scope.post('/v1/admin/products/import', {
      config: { access: write },
      schema: {
        tags,
        summary: 'Import products from CSV (text/csv, UTF-8 with or without BOM, or Shift_JIS): upsert by SKU, one row per variant; a product applies whole or not at all. Over 1,000 rows → 202 and a job (GET /v1/admin/imports/:id); over 100,000 rows → 413',
        consumes: ['text/csv'],
        querystring: Obj({ encoding: Type.Optional(Type.Union([Type.Literal('utf-8'), Type.Literal('shift_jis')], { description: 'Detected when absent' })) }),
        body: Type.String({ maxLength: 50 * 1024 * 1024 }),
        response: {
          200: Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), errors: Type.Array(ImportErrorSchema) }),
          202: Type.Object({ id: Type.String(), status: Type.Literal('running') }),
        },
      },
      preValidation: async (req) => {
        if (!/^(text|application)\/csv\b/i.test(String(req.headers['content-type'] ?? ''))) {
          throw new DomainError('unsupported_media_type', 'Send the CSV with Content-Type: text/csv');
        }
        // The body is raw bytes for the importer to decode; the schema sees an empty placeholder.
        csvBytes.set(req, req.body as unknown as Buffer);
        req.body = '';
      },
      handler: async (req, reply) => {
        const { status, body } = await csv.submit(ctx(req), csvBytes.get(req) ?? Buffer.alloc(0), req.query.encoding);
        return reply.code(status).send(body);
      },
    });
  });

  app.get('/v1/admin/imports/:id', {
    config: { access: write },
    schema: {
      tags,
      summary: 'Progress and result of a CSV import job',
      params: IdParams,
      response: {
        200: Type.Object({
          id: Type.String(),
          status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
          encoding: Type.String(),
          total: Type.Integer(),
          processed: Type.Integer(),
          created: Type.Integer(),
          updated: Type.Integer(),
          unchanged: Type.Integer(),
          errorCount: Type.Integer({ description: 'All errors; `errors` holds the first 1,000' }),
          errors: Type.Array(ImportErrorSchema),
          createdAt: Type.String(),
          finishedAt: Nullable(Type.String()),
        }),
      },
    },
    handler: (req) => csv.importStatus(req.params.id),
  });
  app.addHook('onClose', async () => csv.stopImports());

  app.get('/media/:file', {
    config: { access: access.public },
    schema: { hide: true, params: Obj({ file: Type.String({ maxLength: 80 }) }) },
    handler: async (req, reply) => {
      const path = await media.ensure(req.params.file);
      const info = path ? await stat(path).catch(() => null) : null;
      if (!path || !info) throw new DomainError('not_found', 'No such media file');
      return reply
        .type('image/webp')
        .header('content-length', info.size)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(createReadStream(path));
    },
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

  app.patch('/v1/admin/products/:id/images/:imageId', {
    config: { access: write },
    schema: {
      tags,
      summary: 'Change an image: alt text, position in the order (0 = first), option values it shows (e.g. { color: "red" }); answers the product',
      params: ImageParams,
      body: ImagePatch,
      response: { 200: Product },
    },
    handler: async (req, reply) => {
      const product = await catalog.updateImage(ctx(req), req.params.id, req.params.imageId, req.body);
      return reply.header('etag', etag(product.version)).send(product);
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
        minPrice: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
        maxPrice: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
        inStock: Type.Optional(Type.Boolean()),
        sort: Type.Optional(StoreSort),
        option: Type.Optional(Type.Array(Type.String({ maxLength: 141, pattern: '^[A-Za-z0-9_ -]{1,40}:.{1,100}$' }), { maxItems: 10, description: 'name:value, repeatable (option=size:M&option=color:red): products with a variant offering all of them' })),
      }),
      response: {
        200: Type.Object({
          ...Page(StoreListItem).properties,
          total: Type.Integer({ description: 'products matching the filters (all pages)' }),
          facets: Type.Array(StoreFacet, { description: 'option values with product counts; a chosen option is counted without its own choice' }),
        }),
      },
    },
    handler: async (req, reply) => {
      const { option, ...query } = req.query;
      const options = option?.length ? Object.fromEntries(option.map((o) => [o.slice(0, o.indexOf(':')), o.slice(o.indexOf(':') + 1)])) : undefined;
      return sendJson(reply, (await storefront.listBody({ ...query, options, limit: query.limit ?? 20 })).bytes);
    },
  });

  app.get('/v1/store/products/:slug', {
    config: { access: access.public },
    schema: { tags: storeTags, summary: 'A published product with live per-variant availability', params: Obj({ slug: Type.String({ minLength: 1, maxLength: 120 }) }), response: { 200: StoreProduct } },
    handler: async (req, reply) => sendJson(reply, (await storefront.productBody(req.params.slug)).bytes),
  });

  app.get('/v1/store/categories', {
    config: { access: access.public },
    schema: { tags: storeTags, summary: 'The category tree', response: { 200: Type.Array(StoreCategoryTree) } },
    handler: async (_req, reply) => sendJson(reply, await storefront.categoryTree()),
  });
}
