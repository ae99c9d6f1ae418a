/**
 * Jest runs the project as native ES modules (Payload is ESM-only), transformed by SWC.
 * `scripts/run-tests.mjs` sets --experimental-vm-modules and prepares databases and the server.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, importAttributes: true },
      transform: { react: { runtime: 'automatic' } },
      experimental: { keepImportAttributes: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^server-only$': '<rootDir>/tests/helpers/empty.js',
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The `@/` alias of tsconfig.json (src/), which Next and tsx read from there.
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/empty.js',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
}

export default config
