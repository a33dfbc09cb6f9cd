import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app';
import { createNonceTable } from './nonces';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.dispose());

describe('the nonce table (signed requests without Redis)', () => {
  it('accepts a nonce once per scope while it lives, and again once it expired', async () => {
    const table = createNonceTable(t.platform.db, () => t.clock.now());
    expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(true);
    expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(false);
    expect(await table.remember('konbini', 'nonce-table-1', 60)).toBe(true);
    t.clock.advance(61_000);
    expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(true);
    expect(await table.remember('pms', 'nonce-table-1', 60)).toBe(false);
  });
});
