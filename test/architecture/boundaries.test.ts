import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cruise, type IConfiguration, type IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const KNOWN = new URL('../../.dependency-cruiser-known-violations.json', import.meta.url);

/** The rule set of .dependency-cruiser.cjs, run over src/ as `npm test` does. */
async function violations(): Promise<IViolation[]> {
  const config = require(`${root}.dependency-cruiser.cjs`) as IConfiguration;
  const prev = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, outputType: 'json' });
    const out = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    return out.summary.violations as IViolation[];
  } finally {
    process.chdir(prev);
  }
}

const key = (v: Pick<IViolation, 'from' | 'to' | 'rule'>) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('module boundaries (dependency-cruiser)', () => {
  it('finds no violation beyond the shrinking list of known ones', async () => {
    const known = new Set((JSON.parse(readFileSync(KNOWN, 'utf8')) as IViolation[]).map(key));
    const found = await violations();
    const fresh = found.filter((v) => !known.has(key(v))).map(key);
    expect(fresh, 'new dependency violations').toEqual([]);
    // A known violation that is gone must leave the list too, so the list only shrinks.
    const foundKeys = new Set(found.map(key));
    expect([...known].filter((k) => !foundKeys.has(k)), 'fixed violations still listed as known').toEqual([]);
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
