// Every admin message exists in both languages: a key only in English would show Japanese
// readers the fallback, and one only in Japanese would show English readers Japanese.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = new URL('../web/admin/src/locales/', import.meta.url).pathname;

/** Flattened keys, with i18next plural suffixes folded (Japanese has only `_other`). */
function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`]));
}
const load = (lang: string, file: string) => JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Record<string, unknown>;

describe('admin locales', () => {
  const files = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.json'));

  it('has the same namespaces in Japanese and English', () => {
    expect(readdirSync(join(dir, 'ja')).filter((f) => f.endsWith('.json')).sort()).toEqual([...files].sort());
  });

  for (const file of files) {
    it(`${file}: the same keys in both languages, none empty`, () => {
      const en = load('en', file);
      const ja = load('ja', file);
      expect([...new Set(keys(ja))].sort()).toEqual([...new Set(keys(en))].sort());
      const empty = (o: Record<string, unknown>, p = ''): string[] =>
        Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? empty(v as Record<string, unknown>, `${p}${k}.`) : typeof v === 'string' && v.trim() ? [] : [`${p}${k}`]));
      expect([...empty(en), ...empty(ja)]).toEqual([]);
    });
  }
});
