// One jest run for the whole workspace: server unit and integration tests, cross-module tests in test/.
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    '<rootDir>/web/jest.config.mjs',
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/server/src', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/e2e/'],
      // otplib's crypto and base32 plugins ship ESM only; let swc turn them into CommonJS for jest.
      transform: { '^.+\\.(ts|js|mjs)$': swcTransform },
      transformIgnorePatterns: [
        '/node_modules/\\.pnpm/(?!(@scure\\+base|@noble\\+hashes|@otplib\\+[a-z0-9-]+|otplib)@)',
      ],
      setupFiles: ['reflect-metadata'],
      setupFilesAfterEnv: ['<rootDir>/test/support/per-file-database.ts'],
    },
  ],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60_000,
  // One worker per core, so two on 2 cores (jest's default there is one): the files mostly wait on PostgreSQL and
  // the browser, and each has its own database (docs/adr/0042-test-run-speed.md).
  maxWorkers: '100%',
};
