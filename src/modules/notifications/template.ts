/**
 * A small Mustache subset for the email templates: `{{name}}` (HTML-escaped in HTML templates),
 * `{{#name}}…{{/name}}` (a list repeats, a truthy value shows once), `{{^name}}…{{/name}}`
 * (shown when falsy or empty) and dotted names. Unknown names render empty.
 */
export type Vars = Record<string, unknown>;

type Node = { kind: 'text'; text: string } | { kind: 'var'; name: string } | { kind: 'section'; name: string; inverted: boolean; children: Node[] };

const TAG = /\{\{\s*([#^/]?)\s*([\w.]+)\s*\}\}/g;

export function parseTemplate(source: string): Node[] {
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: '', children: root }];
  let last = 0;
  for (const m of source.matchAll(TAG)) {
    const top = stack[stack.length - 1];
    if (m.index! > last) top.children.push({ kind: 'text', text: source.slice(last, m.index) });
    last = m.index! + m[0].length;
    const [, sigil, name] = m;
    if (sigil === '#' || sigil === '^') {
      const section: Node = { kind: 'section', name, inverted: sigil === '^', children: [] };
      top.children.push(section);
      stack.push({ name, children: section.children });
    } else if (sigil === '/') {
      if (stack.length === 1 || top.name !== name) throw new Error(`template: {{/${name}}} closes ${top.name || 'nothing'}`);
      stack.pop();
    } else top.children.push({ kind: 'var', name });
  }
  if (stack.length > 1) throw new Error(`template: {{#${stack[stack.length - 1].name}}} is never closed`);
  if (last < source.length) root.push({ kind: 'text', text: source.slice(last) });
  return root;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function lookup(scopes: Vars[], name: string): unknown {
  const [head, ...rest] = name.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    if (head in scopes[i]) return rest.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Vars)[k] : undefined), scopes[i][head]);
  }
  return undefined;
}

const truthy = (v: unknown) => (Array.isArray(v) ? v.length > 0 : Boolean(v));

function renderNodes(nodes: Node[], scopes: Vars[], html: boolean): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'var') {
      const v = lookup(scopes, n.name);
      const s = v === undefined || v === null ? '' : String(v);
      out += html ? escapeHtml(s) : s;
    } else {
      const v = lookup(scopes, n.name);
      if (n.inverted) {
        if (!truthy(v)) out += renderNodes(n.children, scopes, html);
      } else if (Array.isArray(v)) {
        for (const item of v) out += renderNodes(n.children, [...scopes, item && typeof item === 'object' ? (item as Vars) : { '.': item }], html);
      } else if (truthy(v)) {
        out += renderNodes(n.children, typeof v === 'object' ? [...scopes, v as Vars] : scopes, html);
      }
    }
  }
  return out;
}

export function renderTemplate(source: string | Node[], vars: Vars, opts: { html: boolean }): string {
  const nodes = typeof source === 'string' ? parseTemplate(source) : source;
  return renderNodes(nodes, [vars], opts.html);
}
