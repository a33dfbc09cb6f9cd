#!/usr/bin/env node
// Draws the module graph from the dependency rule's own cruise (.dependency-cruiser.cjs) and writes
// it into docs/architecture.md between the module-graph markers, as Mermaid text.
//   npm run graph            rewrite the diagram
//   npm run graph -- --check exit 1 when the diagram in the doc is not the code's
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const doc = join(root, 'docs', 'architecture.md');
const START = '<!-- module-graph:start (npm run graph) -->';
const END = '<!-- module-graph:end -->';

/** The box a source file belongs to: a module, a consumer set, a flow, an integration, the platform, or a root file. */
export function unitOf(path) {
  const m = /^src\/(modules|integrations)\/([^/]+)\//.exec(path);
  if (m) return `${m[1]}/${m[2]}`;
  const top = /^src\/(platform|flows|consumers)\//.exec(path);
  if (top) return top[1];
  const file = /^src\/([^/]+)\.tsx?$/.exec(path);
  return file ? file[1] : null;
}

export function mermaid(cruise) {
  const units = new Set();
  const edges = new Map();
  const broken = new Set((cruise.summary.violations ?? []).map((v) => `${unitOf(v.from)}>${unitOf(v.to)}`));
  for (const mod of cruise.modules) {
    const from = unitOf(mod.source);
    if (!from || /\.test\.ts$/.test(mod.source)) continue;
    units.add(from);
    for (const dep of mod.dependencies) {
      const to = unitOf(dep.resolved);
      // Every box uses the platform, and the root builds every module: those edges would hide the others.
      if (!to || to === from || to === 'platform' || (from === 'inventra' && to.startsWith('modules/'))) continue;
      edges.set(`${from}>${to}`, [from, to]);
    }
  }
  const id = (u) => u.replace(/[^a-z0-9]/gi, '_');
  const label = (u) => JSON.stringify(u === 'inventra' ? 'inventra.ts (composition root)' : u.replace(/^(modules|integrations)\//, ''));
  const lines = ['flowchart LR'];
  const groups = [
    ['modules', [...units].filter((u) => u.startsWith('modules/'))],
    ['integrations', [...units].filter((u) => u.startsWith('integrations/'))],
  ];
  for (const [name, members] of groups) {
    if (members.length === 0) continue;
    lines.push(`  subgraph ${name}`);
    for (const u of members.sort()) lines.push(`    ${id(u)}[${label(u)}]`);
    lines.push('  end');
  }
  for (const u of [...units].filter((u) => !u.includes('/')).sort()) lines.push(`  ${id(u)}[${label(u)}]`);
  for (const key of [...edges.keys()].sort()) {
    const [from, to] = edges.get(key);
    lines.push(`  ${id(from)} ${broken.has(key) ? '-. known violation .->' : '-->'} ${id(to)}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = execFileSync(join(root, 'node_modules/.bin/depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const block = `${START}\n\`\`\`mermaid\n${mermaid(JSON.parse(json))}\n\`\`\`\n${END}`;
  const text = readFileSync(doc, 'utf8');
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  if (at < 0 || end < at) throw new Error(`docs/architecture.md has no ${START} … ${END} markers`);
  const next = text.slice(0, at) + block + text.slice(end + END.length);
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('docs/architecture.md: the module graph is stale; run npm run graph');
      process.exit(1);
    }
  } else if (next !== text) {
    writeFileSync(doc, next);
    console.log('docs/architecture.md: module graph updated');
  }
}
