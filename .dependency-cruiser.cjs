/**
 * The module rule (docs/architecture.md): modules meet only at their faces, nothing depends in a
 * circle, and domain code never sees HTTP. `npm test` runs it (test/architecture/boundaries.test.ts);
 * `npm run graph` draws the module graph from the same cruise.
 */
/** A forbidden dependency: every rule here is an error. */
const rule = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

module.exports = {
  forbidden: [
    rule('no-circular', 'An import cycle: one side must take the other as a port instead.',
      { path: '^src/', pathNot: '\\.test\\.ts$' },
      { circular: true }),
    rule('module-face-only', 'Another module is reached through its face (modules/<m>/index.ts), never its inner files.',
      { path: '^src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] }),
    rule('outside-face-only', 'Code outside the modules (composition root, flows, consumers, integrations, CLI) uses their faces only.',
      { path: '^src/', pathNot: ['^src/modules/', '\\.test\\.ts$'] },
      { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' }),
    rule('domain-not-http', 'Services, repositories and domain rules never import the HTTP layer: routes (and a face that mounts them) do.',
      { path: '^src/modules/', pathNot: ['(^|/|-)routes\\.ts$', '/index\\.ts$', '\\.test\\.ts$'] },
      { path: '^src/platform/http/' }),
    rule('platform-not-modules', 'The platform knows no module: modules depend on it, never the other way.',
      { path: '^src/platform/', pathNot: '\\.test\\.ts$' },
      { path: '^src/(modules|flows|consumers|integrations)/' }),
    rule('modules-not-adapters', 'Modules know no consumer, flow, integration or composition root: those call modules, never the other way.',
      { path: '^src/modules/', pathNot: '\\.test\\.ts$' },
      { path: '^src/(flows|consumers|integrations)/|^src/(inventra|serve|cli|demo)\\.ts$' }),
    rule('consumers-one-entry', 'Consumers are registered in src/consumers/index.ts; nothing else reaches into a consumer.',
      { path: '^src/', pathNot: ['^src/consumers/', '\\.test\\.ts$'] },
      { path: '^src/consumers/', pathNot: '^src/consumers/index\\.ts$' }),
    rule('src-not-tests', 'Shipped code never imports tests or their fixtures.',
      { path: '^src/', pathNot: '\\.test\\.ts$' },
      { path: '(^test/|\\.test\\.ts$|fixtures)' }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    parser: 'swc',
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    reporterOptions: {
      dot: {
        collapsePattern: '^src/(modules/[^/]+|platform|flows|consumers|integrations/[^/]+)',
      },
    },
  },
};
