import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp } from '../../../test/helpers/app';
import { loadDemo } from '../../demo';

let t: TestApp;
beforeAll(async () => ({ t } = await appWith()));
afterAll(() => t?.dispose());

describe('demo catalog', () => {
  it('loads a believable published shop once, with nested categories, images and stock', async () => {
    const target = { db: t.platform.db, services: t.services };
    expect(await loadDemo(target)).toBe(true);
    expect(await loadDemo(target)).toBe(false);
    await t.relay!.drain();
    const tree = (await t.app.inject({ method: 'GET', url: '/v1/store/categories' })).json();
    expect(tree.length).toBeGreaterThanOrEqual(3);
    expect(tree.every((c: any) => c.children.length > 0)).toBe(true);
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await t.app.inject({ method: 'GET', url: `/v1/store/products?limit=100${cursor ? `&cursor=${cursor}` : ''}` })).json();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(items.every((i) => i.image && i.category)).toBe(true);
    expect(items.filter((i) => i.inStock).length).toBeGreaterThan(30);
    const tee = (await t.app.inject({ method: 'GET', url: '/v1/store/products/organic-cotton-t-shirt' })).json();
    expect(tee.variants.length).toBe(12);
    expect(tee.variants[0].options).toMatchObject({ size: 'S', color: 'white' });
    // Each colour's picture is linked to that colour, so choosing it shows it.
    expect(tee.images.map((i: any) => i.options)).toEqual([{ color: 'white' }, { color: 'black' }]);
    const img = await t.app.inject({ method: 'GET', url: tee.images[0].url });
    expect(img.statusCode).toBe(200);
    const search = (await t.app.inject({ method: 'GET', url: '/v1/store/products?q=tshrit' })).json();
    expect(search.items.map((i: any) => i.slug)).toContain('organic-cotton-t-shirt');
    // 40+ products with generated images in several sizes: slow on a busy 2-core machine.
  }, 240_000);
});
