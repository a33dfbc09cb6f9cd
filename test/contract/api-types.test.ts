import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { API_SCHEMA_FILE, apiTypesSource } from '../../scripts/api-types';

/** The first line where two texts part, for a message shorter than the whole diff. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  const left = a.split('\n');
  const right = b.split('\n');
  const at = left.findIndex((line, i) => line !== right[i]);
  const line = at === -1 ? left.length : at;
  return `line ${line + 1} (checked in: ${JSON.stringify(left[line])}, now: ${JSON.stringify(right[line])})`;
}

it('web/shared/api-schema.ts is what openapi-typescript makes of the live /openapi.json (npm run gen:api)', async () => {
  const app = await createTestApp();
  try {
    const res = await app.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const stale = firstDifference(readFileSync(API_SCHEMA_FILE, 'utf8'), await apiTypesSource(res.json()));
    expect(stale, `web/shared/api-schema.ts is stale at ${stale}; run npm run gen:api`).toBeNull();
  } finally {
    await app.dispose();
  }
});
