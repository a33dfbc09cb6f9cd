import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { API_SCHEMA_FILE, apiTypesSource } from '../../scripts/api-types';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.dispose());

it('web/shared/api-schema.ts is what openapi-typescript makes of the live /openapi.json (npm run gen:api)', async () => {
  const res = await app.app.inject({ method: 'GET', url: '/openapi.json' });
  expect(res.statusCode).toBe(200);
  const fresh = await apiTypesSource(res.json());
  const checkedIn = readFileSync(API_SCHEMA_FILE, 'utf8');
  // A stale file names the first path that differs, not 15,000 lines of diff.
  if (fresh !== checkedIn) {
    const a = checkedIn.split('\n');
    const b = fresh.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    expect.fail(`web/shared/api-schema.ts is stale at line ${at + 1} (checked in: ${JSON.stringify(a[at])}, now: ${JSON.stringify(b[at])}); run npm run gen:api`);
  }
});
