import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IConfiguration, IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE_DOC, cruiseSrc, withGraph } from '../../scripts/module-graph';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;

const key = (v: Pick<IViolation, 'from' | 'to' | 'rule'>) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('module boundaries (dependency-cruiser)', () => {
  const result = cruiseSrc();

  it('finds no violation: faces only, no cycles, no HTTP in domain code', async () => {
    const found = (await result).summary.violations;
    expect(found.map(key), 'dependency violations').toEqual([]);
  }, 120_000);

  it('docs/architecture.md shows the module graph as it is (npm run graph redraws it)', async () => {
    const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
    expect(withGraph(doc, await result) === doc, 'the module graph in docs/architecture.md is stale: run npm run graph').toBe(true);
  }, 120_000);

  it('catches a deep import into another module (the rule can fail)', async () => {
    const config = require(`${root}.dependency-cruiser.cjs`) as IConfiguration;
    const rule = config.forbidden!.find((r) => r.name === 'module-face-only') as unknown as { from: { path: string }; to: { path: string; pathNot: string[] } };
    const from = new RegExp(rule.from.path);
    const m = from.exec('src/modules/orders/service.ts');
    expect(m?.[1]).toBe('orders');
    const notTo = rule.to.pathNot.map((p) => new RegExp(p.replace('$1', m![1])));
    const target = 'src/modules/inventory/repo.ts';
    expect(new RegExp(rule.to.path).test(target) && !notTo.some((r) => r.test(target))).toBe(true);
    expect(notTo.some((r) => r.test('src/modules/inventory/index.ts'))).toBe(true);
  });
});
