import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * Spectral with the OWASP API Security ruleset (`.spectral.yaml`) on the served OpenAPI document:
 * no error may concern a request (parameters or request bodies: unbounded strings, integers
 * without bounds or width). Response findings are reported, not failed on.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.dispose());

interface Finding {
  code: string;
  severity: number;
  path: (string | number)[];
  message: string;
}

it('the OpenAPI document has no OWASP ruleset errors on request schemas', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inventra-spectral-'));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, (await t.app.inject({ method: 'GET', url: '/openapi.json' })).body);
  const cli = new URL('../../node_modules/@stoplight/spectral-cli/dist/index.js', import.meta.url).pathname;
  const ruleset = new URL('../../.spectral.yaml', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [cli, 'lint', file, '--ruleset', ruleset, '--format', 'json', '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const findings = JSON.parse(run.stdout || '[]') as Finding[];
  expect(findings.length, run.stderr).toBeGreaterThan(0); // the ruleset ran (warnings exist)
  const requestErrors = findings
    .filter((f) => f.severity === 0 && f.path.some((p) => p === 'requestBody' || p === 'parameters'))
    .map((f) => `${f.code} ${f.path.join('/')}: ${f.message}`);
  expect(requestErrors).toEqual([]);
});
