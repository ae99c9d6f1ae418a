import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'data/**',
      'tests/.tmp/**',
      'src/payload-types.ts',
      'src/migrations/**',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Our links are plain <a>: every public page must work without client JavaScript.
      '@next/next/no-html-link-for-pages': 'off',
      // Images are cut by Payload with sharp; next/image would optimise them a second time.
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Configuration is read through the one schema (src/envSchema.mjs, typed by src/env.ts), never raw.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'Read configuration through src/env.ts (or src/envSchema.mjs `currentEnv()` in .mjs); add new variables to the schema there.',
        },
      ],
    },
  },
  {
    // The documented exceptions (docs/decisions/008-server-layer-checked-javascript.md): the schema itself, and the
    // harnesses that set variables for the processes they start (tests, test/bench/stress runners,
    // the quick start) or read their own tool settings.
    files: [
      'src/envSchema.mjs',
      'tests/**',
      'bench/**',
      'scripts/run-tests.mjs',
      'scripts/prepare-test-db.ts',
      'scripts/quickstart.mjs',
      'scripts/stress.mjs',
      'scripts/stress/**',
      'scripts/lib/site.mjs',
      'scripts/system-packages.mjs',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
]

export default config
