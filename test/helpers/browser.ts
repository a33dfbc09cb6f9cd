// Chromium for the browser tests (test/e2e): one launch, pages with the storage a returning
// person has, and the admin's token for setting things up through the API.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { RunningServer } from './server';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Both apps in English, chosen as a person chooses it (remembered in localStorage). */
export const ENGLISH: Record<string, string> = { 'inventra.admin.locale': 'en', 'inventra.store.locale': 'en' };

export interface PageOptions {
  /** Context options; the viewport defaults to 1280×900. */
  context?: BrowserContextOptions;
  /** localStorage entries every page of the context starts with. */
  storage?: Record<string, string>;
  /** Say yes to every confirm() and alert(). */
  acceptDialogs?: boolean;
}

/** A new context and its first page. */
export async function openPage(browser: Browser, opts: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts.context });
  if (opts.storage) {
    await context.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, opts.storage);
  }
  const page = await context.newPage();
  if (opts.acceptDialogs) page.on('dialog', (d) => void d.accept());
  return { context, page };
}

/** The seeded admin's access token. */
export async function adminToken(server: RunningServer): Promise<string> {
  return (await server.api<{ accessToken: string }>('POST', '/v1/auth/login', { email: server.adminEmail, password: server.adminPassword })).accessToken;
}

/** Closes what a test file opened; any of them may be missing when its beforeAll failed half-way. */
export async function closeAll(...things: Array<{ close(): Promise<unknown> } | undefined>): Promise<void> {
  for (const thing of things) await thing?.close();
}

/** `method /path/:param` for every route the server's OpenAPI document lists (empty when it has none). */
export async function servedRoutes(server: RunningServer): Promise<Set<string>> {
  const routes = new Set<string>();
  const doc = await fetch(`${server.url}/openapi.json`).then((r) => (r.ok ? r.json() : { paths: {} }), () => ({ paths: {} }));
  for (const [path, ops] of Object.entries((doc as { paths: Record<string, object> }).paths ?? {})) {
    for (const method of Object.keys(ops)) routes.add(`${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
  }
  return routes;
}
