import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No hand-written source file over 450 lines: a file that long is two responsibilities. Generated
 * files (marked GENERATED in their first lines, rebuilt by a script and checked by a test) are not
 * read by people and are left out.
 */
const root = new URL('../../', import.meta.url).pathname;
const LIMIT = 450;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|mjs)$/.test(name) ? [p] : [];
  });
}

describe('file size', () => {
  it(`keeps every hand-written file in src/ and web/ at ${LIMIT} lines or fewer`, () => {
    const over = [...sources(join(root, 'src')), ...sources(join(root, 'web'))]
      .map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }))
      .filter((f) => !/^\/\*\*?\s*\n?\s*\*?\s*GENERATED\b/.test(f.text.slice(0, 200)))
      .map((f) => ({ path: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0) }))
      .filter((f) => f.lines > LIMIT);
    expect(over).toEqual([]);
  });
});
