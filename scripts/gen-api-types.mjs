#!/usr/bin/env node
// Builds the server in-process on an in-memory database, asks it for /openapi.json and writes the
// web apps' API types (web/shared/api-schema.ts). Run: npm run gen:api
import { writeFileSync } from 'node:fs';

const { register: registerTsx } = await import('tsx/esm/api');
registerTsx();
const { loadConfig } = await import('../src/platform/config.ts');
const { createInventra } = await import('../src/inventra.ts');
const { apiTypesSource, API_SCHEMA_FILE } = await import('./api-types.ts');

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', INVENTRA_DEMO: '0', DATABASE_URL: 'memory://', INVENTRA_DATA_DIR: `/tmp/inventra-gen-api-${process.pid}` });
const inventra = await createInventra(config, { skipBootstrap: true });
try {
  await inventra.app.ready();
  const res = await inventra.app.inject({ method: 'GET', url: '/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
  writeFileSync(API_SCHEMA_FILE, await apiTypesSource(res.json()));
  console.log(`wrote ${API_SCHEMA_FILE}`);
} finally {
  await inventra.close();
}
