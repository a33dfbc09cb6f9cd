import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './platform/config';
import { loadMigrations, migrate } from './platform/db/migrate';
import { OutboxRelay } from './platform/events/relay';
import { createHttpApp } from './platform/http/app';
import { healthRoutes } from './platform/http/health';
import { webRoutes } from './platform/http/web';
import { createPlatform, type PlatformOptions } from './platform/platform';
import { createOpsServer } from './platform/ops/server';
import { randomSecret, addressNormalisation, postalCodeRoutes, identityRoutes, createIdentityService, createTokenSigner } from './modules/identity/index';
import { MIGRATIONS } from './modules/index';
import { analyticsRoutes, createAnalyticsService } from './modules/analytics/index';
import { auditRoutes, createAuditService } from './modules/audit/index';
import { catalogRoutes, parseProductInput, createCatalogService, createStorefront, createCatalogCsv, createMediaStore, createStorefrontPages, storefrontPageRoutes } from './modules/catalog/index';
import { inventoryRoutes, createInventoryService } from './modules/inventory/index';
import { OrderSchema, ordersRoutes, orderSearchRoutes, createOrderSearch, moneyRoutes, createQuoter, createInvoices, createOrderService } from './modules/orders/index';
import { createCustomerService, customerRoutes } from './modules/customers/index';
import { createPromotionService, promotionRoutes } from './modules/pricing/index';
import { settingsRoutes, createSettingsService } from './modules/settings/index';
import { createEventsModule } from './modules/webhooks/index';
import { paymentRoutes, createPaymentService } from './modules/payments/index';
import { deliveryRoutes, createDeliveryService, type OrderLookup } from './modules/delivery/index';
import { wireMail } from './flows/mail';

export const DIST_WEB = new URL('../dist/web/', import.meta.url).pathname;
export const DEMO_ADMIN_EMAIL = 'admin@inventra.local';
const DEMO_LOCK = 0xde70;

export interface InventraOptions extends PlatformOptions {
  /** Skip the demo admin and demo catalog even when the config asks for them (tests). */
  skipBootstrap?: boolean;
  /** URLs per sitemap page (tests use a small one to see paging). */
  sitemapPageSize?: number;
}

/** The composition root: builds the platform, the modules' services and routes, and the roles. */
export async function createInventra(config: Config, opts: InventraOptions = {}) {
  const platform = await createPlatform(config, opts);
  const { db, cache, rate, log } = platform;
  const applied = await migrate(platform.database, loadMigrations(MIGRATIONS));
  if (applied.length) log.info({ applied }, 'migrations applied');

  const audit = createAuditService();
  // The catalog is built below; the currency guard asks it only when a request comes in.
  const settings = createSettingsService({ db, cache, audit, productsExist: async () => (await catalog.listProducts({ limit: 1 })).items.length > 0 });
  const identity = createIdentityService({ db, cache, rate, audit, tokens: createTokenSigner(config.jwtSecret, () => platform.clock.now()), now: () => platform.clock.now(), signupLimitPerHour: config.signupLimitPerHour });
  const inventory = createInventoryService({ db, cache, audit, settings, clock: platform.clock });
  platform.bus.subscribe('inventory.updated', 'inventory-availability-cache', (e) => inventory.forget([String(e.data.sku)]));
  // Cache misses and analytics may lag a little: they read from the replica when there is one.
  const storefront = createStorefront({ db: platform.readDb, cache, metrics: platform.metrics, settings, availability: () => (skus) => inventory.availability(skus) });
  storefront.subscribe(platform.bus);
  const catalog = createCatalogService({ db, audit, clock: platform.clock, storefront, stock: inventory });
  const catalogCsv = createCatalogCsv({ db, catalog, storefront, audit, stock: inventory });
  const media = createMediaStore(config.dataDir);
  const payments = createPaymentService({ db, audit, settings, clock: platform.clock });
  // Late-bound: shipments and tracking need an order's owner and status from the orders module.
  const orderLookup: { current: OrderLookup } = { current: async () => null };
  const delivery = createDeliveryService({ db, audit, settings, clock: platform.clock, orderLookup: (q, id) => orderLookup.current(q, id) });
  const promotions = createPromotionService({ db, audit, clock: platform.clock });
  const orders = createOrderService({ db, audit, settings, inventory, identity, catalog, payments, delivery, promotions, clock: platform.clock });
  const quote = createQuoter({ db, settings, catalog, delivery, promotions, availability: (skus) => inventory.availability(skus), pointsBalance: async (userId) => (await payments.points(userId, { limit: 1 })).balance });
  const invoices = createInvoices({ getOrder: (id, userId) => orders.get(id, { userId }), settings: () => settings.get(), now: () => platform.clock.now() });
  orders.defineJobs(platform.jobs);
  catalog.bind({ productHasOrders: (q, id) => orders.productHasOrders(q, id) });
  orderLookup.current = (q, id) => orders.lookup(q, id);
  const orderSearch = createOrderSearch({ db, timeZone: async () => (await settings.get()).timeZone, people: identity, present: (rows) => orders.presentRows(rows) });
  platform.bus.subscribe('payment.*', 'orders-payment-status', (e, tx) => orderSearch.applyPaymentEvent(e, tx));
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
  platform.bus.subscribe('order.*', 'analytics-read-model', (e, tx) => analytics.apply(e, tx));
  const mail = wireMail({ platform, config, audit, settings, identity, orders, payments, forgotPerIpPerHour: () => config.signupLimitPerHour });
  const services = { audit, settings, identity, inventory, catalog, storefront, catalogCsv, media, payments, delivery, orders, analytics, orderSearch, customers, promotions, notifications: mail.notifications, checkout: mail.checkout, passwordReset: mail.passwordReset };

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
  const events = createEventsModule({
    platform,
    app,
    identity,
    audit,
    pms: { upsertProduct: (c, body, o) => catalog.upsertBySlug(c, parseProductInput(body), o), setOnHand: (c, sku, onHand) => inventory.setOnHand(c, sku, onHand) },
  });
  paymentRoutes(app, { payments, config, nonces: events.nonces, now: () => platform.clock.now(), getUser: (id) => identity.getUser(id) });
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

  const relay = config.role === 'api' ? null : new OutboxRelay(platform.database, platform.bus, log, platform.metrics);
  let opsServer: Awaited<ReturnType<typeof createOpsServer>> | null = null;

  return {
    config,
    platform,
    services,
    app,
    relay,
    events,

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
      await platform.jobs.start(config.role !== 'api');
      await events.start();
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
      await mail.stop();
      await events.stop();
      await platform.jobs.stop();
      await platform.close();
    },
  };
}

export type Inventra = Awaited<ReturnType<typeof createInventra>>;
