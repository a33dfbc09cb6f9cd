// The module graph, drawn from the dependency rule's own cruise (.dependency-cruiser.cjs) and kept
// in docs/architecture.md between the module-graph markers as Mermaid text.
//   npm run graph             rewrite the diagram
//   npm run graph -- --check  exit 1 when the diagram in the doc is not the code's
// test/architecture/boundaries.test.ts runs the same cruise and fails when the diagram is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url).pathname;
export const ARCHITECTURE_DOC = `${root}docs/architecture.md`;
const START = '<!-- module-graph:start (npm run graph) -->';
const END = '<!-- module-graph:end -->';

/** The rule set of .dependency-cruiser.cjs, run over src/ as `npm test` does. */
export async function cruiseSrc(): Promise<ICruiseResult> {
  const config = require(`${root}.dependency-cruiser.cjs`) as IConfiguration;
  const prev = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, outputType: 'json' });
    return (typeof result.output === 'string' ? JSON.parse(result.output) : result.output) as ICruiseResult;
  } finally {
    process.chdir(prev);
  }
}

/** The box a source file belongs to: a module, an integration, the consumers, the flows, the platform, or a root file. */
export function unitOf(path: string): string | null {
  const m = /^src\/(modules|integrations)\/([^/]+)\//.exec(path);
  if (m) return `${m[1]}/${m[2]}`;
  const top = /^src\/(platform|flows|consumers)\//.exec(path);
  if (top) return top[1];
  const file = /^src\/([^/]+)\.tsx?$/.exec(path);
  return file ? file[1] : null;
}

export function mermaid(result: ICruiseResult): string {
  const units = new Set<string>();
  const edges = new Map<string, [string, string]>();
  const broken = new Set(result.summary.violations.map((v) => `${unitOf(v.from)}>${unitOf(v.to)}`));
  for (const mod of result.modules) {
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
  const id = (u: string) => u.replace(/[^a-z0-9]/gi, '_');
  const label = (u: string) => JSON.stringify(u === 'inventra' ? 'inventra.ts (composition root)' : u.replace(/^(modules|integrations)\//, ''));
  const lines = ['flowchart LR'];
  for (const group of ['modules', 'integrations']) {
    const members = [...units].filter((u) => u.startsWith(`${group}/`)).sort();
    if (members.length === 0) continue;
    lines.push(`  subgraph ${group}`, ...members.map((u) => `    ${id(u)}[${label(u)}]`), '  end');
  }
  for (const u of [...units].filter((x) => !x.includes('/')).sort()) lines.push(`  ${id(u)}[${label(u)}]`);
  for (const key of [...edges.keys()].sort()) {
    const [from, to] = edges.get(key)!;
    lines.push(`  ${id(from)} ${broken.has(key) ? '-. violation .->' : '-->'} ${id(to)}`);
  }
  return lines.join('\n');
}

/** The doc's text with its diagram replaced by the one drawn from `result`. */
export function withGraph(doc: string, result: ICruiseResult): string {
  const at = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (at < 0 || end < at) throw new Error(`docs/architecture.md has no ${START} … ${END} markers`);
  return `${doc.slice(0, at)}${START}\n\`\`\`mermaid\n${mermaid(result)}\n\`\`\`\n${doc.slice(end)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/scripts\//, '/scripts/'))) {
  const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
  // The CLI's JSON is the API's result; its own process keeps swc out of tsx's loader.
  const json = execFileSync(`${root}node_modules/.bin/depcruise`, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const next = withGraph(doc, JSON.parse(json) as ICruiseResult);
  if (next === doc) console.log('docs/architecture.md: the module graph is current');
  else if (process.argv.includes('--check')) {
    console.error('docs/architecture.md: the module graph is stale; run npm run graph');
    process.exit(1);
  } else {
    writeFileSync(ARCHITECTURE_DOC, next);
    console.log('docs/architecture.md: module graph updated');
  }
}
