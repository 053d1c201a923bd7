/**
 * Import boundaries (npm run lint): the domain stays pure and the layers point one way.
 * tests/lint/boundaries.test.ts proves each rule fails on a deliberate violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds the rules: it may import only src/domain itself and zod (no I/O, no adapters, no node built-ins).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'store-below-api',
      comment: 'The event store and the read models are lower layers: they must not import the HTTP API, the pages or the CLI.',
      severity: 'error',
      from: { path: '^src/(store|projections)/' },
      to: { path: '^src/(api|cli|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
