import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalogCsv } from './csv';
import { buildTsQuery, corrections, editDistance, joinedForms, slugify } from './search';
import { actionFor, canTransition, nextStatus, PRODUCT_ACTIONS, type ProductStatus } from './transitions';

const STATUSES: ProductStatus[] = ['draft', 'published', 'archived'];

describe('product status machine', () => {
  it('allows exactly the seed transitions (plus republish)', () => {
    const allowed = STATUSES.flatMap((from) => PRODUCT_ACTIONS.filter((a) => canTransition(from, a)).map((a) => `${from}:${a}`));
    expect(allowed.sort()).toEqual(['archived:restore', 'draft:publish', 'published:archive', 'published:publish', 'published:unpublish'].sort());
    expect(nextStatus('draft', 'publish')).toBe('published');
    expect(nextStatus('published', 'unpublish')).toBe('draft');
    expect(nextStatus('published', 'archive')).toBe('archived');
    expect(nextStatus('archived', 'restore')).toBe('draft');
  });

  it('refuses everything else with invalid_transition naming from and to', () => {
    for (const [from, action] of [['draft', 'archive'], ['draft', 'unpublish'], ['archived', 'publish'], ['draft', 'restore'], ['published', 'restore']] as const) {
      try {
        nextStatus(from, action);
        expect.unreachable();
      } catch (err) {
        expect(err).toMatchObject({ code: 'invalid_transition' });
        expect((err as Error).message).toContain(from);
      }
    }
  });

  it('never reaches archived from draft in one step, whatever the sequence (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PRODUCT_ACTIONS), { maxLength: 30 }), (actions) => {
        let s: ProductStatus = 'draft';
        for (const a of actions) {
          if (!canTransition(s, a)) continue;
          const next = nextStatus(s, a);
          expect(!(s === 'draft' && next === 'archived')).toBe(true);
          expect(actionFor(s, next)).not.toBeNull();
          s = next;
        }
      }),
    );
  });
});

describe('search helpers', () => {
  it('slugifies titles', () => {
    expect(slugify('T-shirt (Red) — Café')).toBe('t-shirt-red-cafe');
    expect(slugify('日本茶')).toBe('item');
  });

  it('indexes hyphenated words joined', () => {
    expect(joinedForms('Cotton T-shirt')).toEqual(['tshirt']);
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('tshrit', 'tshirt')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('corrects within the allowed edits only', () => {
    expect(corrections('tshrit', ['tshirt', 'shirt', 'tent'])).toEqual(['tshirt']);
    expect(corrections('mug', ['mud'])).toEqual([]);
  });

  it('edit distance is a metric-ish: symmetric and zero only for equal strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('builds a prefix query for the last word and alternatives for corrections', () => {
    expect(buildTsQuery([{ word: 'red', alternatives: [] }, { word: 'tshrit', alternatives: ['tshirt'] }])).toBe("'red' & ('tshrit' | 'tshirt')");
    expect(buildTsQuery([{ word: "o'k", alternatives: [] }])).toBe("'o''k':*");
  });
});

describe('CSV parsing', () => {
  it('names line and column for each bad value', () => {
    const text = 'slug,title,sku,price,stock\nmug,Mug,MUG-1,900,5\nmug,Mug,MUG-2,abc,1\ncup,Cup,,100,x\n';
    const { rows, errors } = parseCatalogCsv(text);
    expect(rows).toHaveLength(3);
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, column: 'price' }),
      expect.objectContaining({ line: 4, column: 'sku' }),
      expect.objectContaining({ line: 4, column: 'stock' }),
    ]);
  });

  it('refuses a header without sku and price', () => {
    expect(() => parseCatalogCsv('slug,title\nx,X\n')).toThrow(/sku/);
  });
});
