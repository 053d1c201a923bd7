// ESLint: typescript-eslint's strict, type-aware rules over src/, bench/ and tests/. Formatting is
// Prettier's (npm run format:check); import boundaries are dependency-cruiser's (.dependency-cruiser.cjs).
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench/peers/*/node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@stylistic': stylistic },
    rules: {
      // Prettier wraps code at 120, and strings are split with + to fit; a URL or a pattern stays whole on its line.
      '@stylistic/max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
      // Counts, pence and positions are numbers and bigints; printing them in a message is the point.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // noUncheckedIndexedAccess is on: `rows.at(-1)!` after a length check is the idiom, not a smell.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `if (json) return printJson(rows);` in a function that returns nothing is the house idiom.
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
      // The store port and the projection hooks are async by contract; an implementation with
      // nothing to await (in-memory, synchronous SQLite) still keeps the contract's shape.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A hook or a store call may return a promise or nothing (`Promise<void> | void`), as Node's own types do.
      '@typescript-eslint/no-invalid-void-type': 'off',
      // The ledger's interfaces declare methods in method syntax and no implementation reads `this`;
      // passing `ledger.commands.run` or a decider's `decide` along is the idiom.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests read HTTP responses as JSON (`any`) and assert on them: the unsafe-any rules would only
    // add casts that assert nothing.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `afterAll(() => server?.close())`: a cleanup must not throw when its beforeAll failed part way.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Test helpers name the state a given() folds to: `given<MeetingState>(...)`.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
);
