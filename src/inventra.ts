import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './platform/config';
import { loadMigrations, migrate } from './platform/db/migrate';
import { OutboxRelay } from './platform/events/relay';
import { port } from './platform/core/ports';
import { createHttpApp } from './platform/http/app';
import { healthRoutes } from './platform/http/health';
import { createNonceStore } from './platform/http/signed-requests';
import { webRoutes } from './platform/http/web';
import { createPlatform, type PlatformOptions } from './platform/platform';
import { createOpsServer } from './platform/ops/server';
import { randomSecret, addressNormalisation, postalCodeRoutes, identityRoutes, createIdentityService, createTokenSigner } from './modules/identity/index';
import { MIGRATIONS } from './modules/index';
import { analyticsRoutes, createAnalyticsService } from './modules/analytics/index';
import { auditRoutes, createAuditService } from './modules/audit/index';
import { catalogRoutes, parseProductInput, createCatalogService, createStorefront, createCatalogCsv, createMediaStore, createStorefrontPages, storefrontPageRoutes, type ProductHasOrders } from './modules/catalog/index';
import { inventoryRoutes, createInventoryService } from './modules/inventory/index';
import { OrderSchema, ordersRoutes, orderSearchRoutes, createOrderSearch, moneyRoutes, createQuoter, createInvoices, createOrderService } from './modules/orders/index';
import { createCustomerService, customerRoutes } from './modules/customers/index';
import { createPromotionService, promotionRoutes } from './modules/pricing/index';
import { settingsRoutes, createSettingsService } from './modules/settings/index';
import { createDeliveryWorker, createNonceTable, createWebhookService, webhookRoutes } from './modules/webhooks/index';
import { paymentRoutes, createPaymentService } from './modules/payments/index';
import { deliveryRoutes, createDeliveryService, type OrderLookup } from './modules/delivery/index';
import { wireMail } from './flows/mail';
import { registerConsumers } from './consumers/index';
import { pmsWebhookRoutes } from './integrations/pms/index';

export const DIST_WEB = new URL('../dist/web/', import.meta.url).pathname;
export const DEMO_ADMIN_EMAIL = 'admin@inventra.local';
const DEMO_LOCK = 0xde70;

export interface InventraOptions extends PlatformOptions {
  /** Skip the demo admin and demo catalog even when the config asks for them (tests). */
  skipBootstrap?: boolean;
  /** URLs per sitemap page (tests use a small one to see paging). */
  sitemapPageSize?: number;
}

/**
 * The composition root (docs/architecture.md): builds the platform, then each module's service
 * from its dependencies; a module needed before it exists is a port, provided once it does. Then
 * the routes, the event consumers (src/consumers) and the lifecycle of the process's role.
 */
export async function createInventra(config: Config, opts: InventraOptions = {}) {
  const platform = await createPlatform(config, opts);
  const { db, cache, rate, log } = platform;
  const applied = await migrate(platform.database, loadMigrations(MIGRATIONS));
  if (applied.length) log.info({ applied }, 'migrations applied');

  // Services, in the order they can be built.
  const now = () => platform.clock.now();
  const audit = createAuditService({ db, metrics: platform.metrics, log });
  // Settings come first (most modules read them); the currency guard asks the catalog, built below.
  const productsExist = port<() => Promise<boolean>>('catalog.productsExist');
  const settings = createSettingsService({ db, cache, audit, productsExist });
  const identity = createIdentityService({ db, cache, rate, audit, tokens: createTokenSigner(config.jwtSecret, () => platform.clock.now()), now: () => platform.clock.now(), signupLimitPerHour: config.signupLimitPerHour });
  const inventory = createInventoryService({ db, cache, audit, settings, clock: platform.clock });
  // Cache misses and analytics may lag a little: they read from the replica when there is one.
  const storefront = createStorefront({ db: platform.readDb, cache, metrics: platform.metrics, settings, availability: (skus) => inventory.availability(skus) });
  const productHasOrders = port<ProductHasOrders>('orders.productHasOrders');
  const catalog = createCatalogService({ db, audit, clock: platform.clock, storefront, stock: inventory, productHasOrders });
  productsExist.provide(async () => (await catalog.listProducts({ limit: 1 })).items.length > 0);
  const catalogCsv = createCatalogCsv({ db, audit, clock: platform.clock, storefront, stock: inventory });
  const media = createMediaStore(config.dataDir);
  const payments = createPaymentService({ db, audit, settings, clock: platform.clock });
  // Shipments and tracking need an order's owner and status: a port the orders module provides below.
  const orderLookup = port<OrderLookup>('orders.lookup');
  const delivery = createDeliveryService({ db, audit, settings, clock: platform.clock, orderLookup });
  const promotions = createPromotionService({ db, audit, clock: platform.clock });
  const orders = createOrderService({ db, audit, settings, inventory, identity, catalog, payments, delivery, promotions, clock: platform.clock, transact: (fn) => platform.database.pipelined(fn) });
  const quote = createQuoter({ db, settings, catalog, delivery, promotions, availability: (skus) => inventory.availability(skus), pointsBalance: async (userId) => (await payments.points(userId, { limit: 1 })).balance });
  const invoices = createInvoices({ getOrder: (id, userId) => orders.get(id, { userId }), settings: () => settings.get(), now: () => platform.clock.now() });
  orders.defineJobs(platform.jobs);
  productHasOrders.provide((q, id) => orders.productHasOrders(q, id));
  orderLookup.provide(orders.lookup);
  const orderSearch = createOrderSearch({ db, timeZone: async () => (await settings.get()).timeZone, people: identity, present: (rows) => orders.presentRows(rows) });
  const customers = createCustomerService({
    identity,
    orders: { customerStats: (ids) => orderSearch.customerStats(ids), recent: async (userId, limit) => (await orders.list({ userId, limit })).items },
    points: payments,
  });
  const analytics = createAnalyticsService({
    db: platform.readDb,
    timeZone: async () => (await settings.get()).timeZone,
    lowStockCount: () => inventory.countLowStock(),
    now: () => platform.clock.now(),
  });
  const mail = wireMail({ platform, config, audit, settings, identity, orders, payments, forgotPerIpPerHour: () => config.signupLimitPerHour });
  const webhooks = createWebhookService({ db, audit, metrics: platform.metrics, now, policy: { allowPrivate: config.webhookAllowPrivate } });
  const webhookWorker = createDeliveryWorker({ webhooks, log, listen: (channel, fn) => platform.database.listen(channel, fn), runsWorkers: config.role !== 'api', embedded: platform.database.kind === 'pglite', onBatchCommitted: (fn) => platform.bus.onBatchCommitted(fn) });
  // Signed incoming requests (PMS, konbini): Redis remembers nonces, the webhooks table when it cannot.
  const nonces = createNonceStore({ redis: platform.redis, fallback: createNonceTable(db, now) });
  const services = { audit, settings, identity, inventory, catalog, storefront, catalogCsv, media, payments, delivery, orders, analytics, orderSearch, customers, promotions, webhooks, notifications: mail.notifications, checkout: mail.checkout, passwordReset: mail.passwordReset };

  // HTTP: every module's routes, the integrations', the web apps.
  const app = await createHttpApp({
    config,
    metrics: platform.metrics,
    redis: platform.redis,
    redisBreaker: platform.redisBreaker,
    logger: log,
    authenticate: (req) => identity.authenticate(req.headers),
  });
  healthRoutes(app, platform);
  addressNormalisation(app);
  auditRoutes(app, { db, audit });
  settingsRoutes(app, { settings });
  identityRoutes(app, { identity, allowedOrigins: config.corsOrigins, defaultLocale: async () => (await settings.get()).defaultLocale });
  inventoryRoutes(app, { inventory });
  catalogRoutes(app, { catalog, storefront, media, csv: catalogCsv });
  pmsWebhookRoutes(app, {
    secret: config.pmsWebhookSecret,
    nonces,
    now,
    handlers: { upsertProduct: (c, body, o) => catalog.upsertBySlug(c, parseProductInput(body), o), setOnHand: (c, sku, onHand) => inventory.setOnHand(c, sku, onHand) },
  });
  webhookRoutes(app, { webhooks });
  paymentRoutes(app, { payments, config, nonces, now: () => platform.clock.now(), getUser: (id) => identity.getUser(id) });
  deliveryRoutes(app, { delivery });
  ordersRoutes(app, { orders, checkout: mail.checkout });
  orderSearchRoutes(app, { search: orderSearch });
  customerRoutes(app, { customers, orderSchema: OrderSchema });
  moneyRoutes(app, { orders, quote, invoices });
  promotionRoutes(app, { promotions });
  mail.routes(app);
  analyticsRoutes(app, { analytics });
  const pages = createStorefrontPages({ db, storefront, settings, sitemapPageSize: opts.sitemapPageSize });
  storefrontPageRoutes(app, { pages });
  postalCodeRoutes(app);
  await webRoutes(app, DIST_WEB, { renderStorePage: (path, origin, html) => pages.render(path, origin, html) });

  // Events: everything that reacts to committed domain events (runs where the relay runs).
  const consumers = registerConsumers({
    platform,
    app,
    identity,
    inventory,
    storefront,
    orderSearch,
    analytics,
    checkout: mail.checkout,
    notifications: mail.notifications.service,
    webhooks,
  });

  const relay = config.role === 'api' ? null : new OutboxRelay(platform.database, platform.bus, log, platform.metrics);
  let opsServer: Awaited<ReturnType<typeof createOpsServer>> | null = null;

  return {
    config,
    platform,
    services,
    app,
    relay,
    consumers,

    /** Ensures the configured (or demo) admin exists; returns the login to print, if any. */
    async bootstrap(): Promise<{ email: string; password: string | null; note: string } | null> {
      if (opts.skipBootstrap) return null;
      if (config.demo && config.role !== 'worker') {
        const { loadDemo } = await import('./demo');
        // One replica loads it; others starting at the same moment wait and then find it there.
        const loaded = await platform.database.withAdvisoryLock(DEMO_LOCK, () => loadDemo({ db, services }));
        if (loaded) log.info('demo catalog loaded');
      }
      if (config.adminEmail && config.adminPassword) {
        await identity.ensureAdmin(config.adminEmail, config.adminPassword);
        return { email: config.adminEmail, password: null, note: 'from INVENTRA_ADMIN_EMAIL / INVENTRA_ADMIN_PASSWORD' };
      }
      if (config.production || !config.embedded) return null;
      // Development on the embedded database: a demo admin whose password lives in the data dir.
      const file = join(config.dataDir, 'demo-admin-password');
      if ((await identity.countUsers()) === 0) {
        const password = config.databaseUrl === 'memory://' || !existsSync(file) ? randomSecret(12) : readFileSync(file, 'utf8').trim();
        await identity.ensureAdmin(DEMO_ADMIN_EMAIL, password, 'Demo Admin');
        if (config.databaseUrl !== 'memory://') writeFileSync(file, password + '\n', { mode: 0o600 });
        return { email: DEMO_ADMIN_EMAIL, password, note: 'demo admin' };
      }
      if (existsSync(file)) return { email: DEMO_ADMIN_EMAIL, password: readFileSync(file, 'utf8').trim(), note: 'demo admin' };
      return null;
    },

    /** Routes compiled, job queues declared (and worked, unless role=api), relay running. */
    async ready(): Promise<void> {
      await app.ready();
      // An embedded data dir has one owner (its lock file): leases still running are a crash's.
      if (config.embedded && config.role !== 'api') {
        const released = await orders.releaseAbandonedLeases();
        if (released) log.warn({ released }, 'released Idempotency-Key leases left by a previous process');
      }
      // Every role links audit entries: its own writes right after they commit, and what others left.
      audit.startLinking();
      await platform.jobs.start(config.role !== 'api');
      await webhookWorker.start();
      await consumers.start();
      await relay?.start();
      if (config.role !== 'api') mail.start();
    },

    async start(): Promise<string> {
      await this.ready();
      if (config.role !== 'worker') return app.listen({ port: config.port, host: config.host });
      // The worker answers probes and scrapes on its own small listener (no API routes).
      opsServer = await createOpsServer(platform);
      return opsServer.listen({ port: config.port, host: config.host });
    },

    /** Graceful: stop accepting, finish in-flight requests, stop the relay, close pools. */
    async close(): Promise<void> {
      await opsServer?.close();
      await app.close();
      await relay?.stop();
      await audit.stopLinking();
      await mail.stop();
      await webhookWorker.stop();
      await consumers.stop();
      await platform.jobs.stop();
      await platform.close();
    },
  };
}

export type Inventra = Awaited<ReturnType<typeof createInventra>>;
