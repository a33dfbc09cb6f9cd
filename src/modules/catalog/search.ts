/** Text helpers for slugs and storefront search: pure functions, shared by the service and the tests. */

/** Lower case, accents stripped (é → e), full-width forms folded. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words of a text: runs of letters and digits, folded. */
export function words(s: string): string[] {
  return foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** An SEO-friendly slug: `T-shirt (Red)` → `t-shirt-red`. Falls back to `product` for titles without latin letters. */
export function slugify(s: string, fallback = 'item'): string {
  const slug = foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || fallback;
}

/**
 * Text indexed for full-text search beside the title: hyphenated or split words also appear
 * joined (`T-shirt` → `tshirt`), so `tshirt` and its misspellings find it.
 */
export function joinedForms(title: string): string[] {
  const out: string[] = [];
  for (const chunk of foldText(title).split(/\s+/)) {
    const parts = chunk.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

/** Vocabulary worth correcting towards: words of 3+ characters. */
export function vocabulary(texts: string[]): string[] {
  const set = new Set<string>();
  for (const t of texts) {
    // Numbers (sizes, item numbers) are never misspelt the way words are: they stay out.
    for (const w of [...words(t), ...joinedForms(t)]) if (w.length >= 3 && w.length <= 40 && !/^\d+$/.test(w)) set.add(w);
  }
  return [...set];
}

/** Damerau–Levenshtein distance (optimal string alignment): a transposition counts as one edit. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** How many typos a query word of this length may carry and still be corrected. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  if (word.length < 8) return 1;
  return 2;
}

/** The vocabulary words that a misspelt query word plausibly meant, closest first. */
export function corrections(word: string, candidates: string[]): string[] {
  const max = allowedEdits(word);
  if (max === 0) return [];
  return candidates
    .filter((c) => c !== word)
    .map((c) => ({ c, d: editDistance(word, c) }))
    .filter((x) => x.d <= max)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, 3)
    .map((x) => x.c);
}

const lexeme = (w: string) => `'${w.replace(/'/g, "''")}'`;

/**
 * A `to_tsquery` expression: every query word must match, as itself (a prefix for the last word,
 * which the user may still be typing) or as one of its corrections.
 */
export function buildTsQuery(tokens: { word: string; alternatives: string[] }[]): string {
  return tokens
    .map((t, i) => {
      const own = i === tokens.length - 1 && t.alternatives.length === 0 ? `${lexeme(t.word)}:*` : lexeme(t.word);
      const alts = [own, ...t.alternatives.map(lexeme)];
      return alts.length === 1 ? alts[0] : `(${alts.join(' | ')})`;
    })
    .join(' & ');
}
