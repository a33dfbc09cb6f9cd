/**
 * The web apps' API types, generated from the server's OpenAPI document by openapi-typescript.
 * `npm run gen:api` writes web/shared/api-schema.ts; test/contract/api-types.test.ts fails when
 * that file is stale.
 */
import { register } from 'node:module';

export const API_SCHEMA_FILE = new URL('../web/shared/api-schema.ts', import.meta.url).pathname;

const HEADER = `/**
 * GENERATED from the server's /openapi.json by openapi-typescript: do not edit by hand.
 * Regenerate with \`npm run gen:api\`; the suite fails when this file is stale.
 */
`;

let hooked = false;

/** Turns an OpenAPI document (what GET /openapi.json serves) into the TypeScript source to check in. */
export async function apiTypesSource(document: unknown): Promise<string> {
  if (!hooked) {
    register('./typescript-5-hook.mjs', import.meta.url);
    hooked = true;
  }
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    exportType: true,
    rootTypes: false,
  });
  return HEADER + astToString(ast);
}
