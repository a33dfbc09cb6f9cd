/**
 * The module rule (docs/architecture.md): modules meet only at their faces, nothing depends in a
 * circle, and domain code never sees HTTP. `npm test` runs it (test/architecture/boundaries.test.ts);
 * `npm run graph` draws the module graph from the same cruise.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: one side must take the other as a port instead.',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'module-face-only',
      severity: 'error',
      comment: 'Another module is reached through its face (modules/<m>/index.ts), never its inner files.',
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-face-only',
      severity: 'error',
      comment: 'Code outside the modules (composition root, flows, consumers, CLI) uses their faces only.',
      from: { path: '^src/', pathNot: ['^src/modules/', '\\.test\\.ts$'] },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'domain-not-http',
      severity: 'error',
      comment: 'Services, repositories and domain rules never import the HTTP layer: routes (and a face that mounts them) do.',
      from: { path: '^src/modules/', pathNot: ['(^|/|-)routes\\.ts$', '/index\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/platform/http/' },
    },
    {
      name: 'platform-not-modules',
      severity: 'error',
      comment: 'The platform knows no module: modules depend on it, never the other way.',
      from: { path: '^src/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(modules|flows|consumers)/' },
    },
    {
      name: 'src-not-tests',
      severity: 'error',
      comment: 'Shipped code never imports tests or their fixtures.',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '(^test/|\\.test\\.ts$|fixtures)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    parser: 'swc',
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    reporterOptions: {
      dot: {
        collapsePattern: '^src/(modules/[^/]+|platform|flows|consumers)',
      },
    },
  },
};
