// The web app's jest project: component tests in jsdom (web/src), build checks (web/checks) and the browser
// end-to-end tests (test/e2e), which opt into the node environment with a `@jest-environment node` docblock.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'tsx' ? { syntax: 'typescript', tsx: true } : { syntax: syntax, decorators: true },
      // The end-to-end tests start the real server, whose entities need legacy decorators with metadata.
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
export default {
  displayName: 'web',
  rootDir: root,
  roots: ['<rootDir>/web/src', '<rootDir>/web/checks', '<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.tsx$': swc('tsx'),
    '^.+\\.c?ts$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  // ESM-only packages under pnpm's store layout must be compiled too: the ICU message parser (web), and what the
  // server's sign-in uses (otplib and its base32/hash plugins), since the end-to-end tests load the server.
  transformIgnorePatterns: [
    '/node_modules/\\.pnpm/(?!(intl-messageformat|@formatjs\\+[a-z0-9-]+|@scure\\+base|@noble\\+hashes|@otplib\\+[a-z0-9-]+|otplib)@)',
  ],
  // test/e2e imports web/e2e-support/browser.cjs, written as browser.cts (CommonJS TypeScript).
  moduleFileExtensions: ['js', 'mjs', 'cjs', 'ts', 'tsx', 'cts', 'json'],
  moduleNameMapper: { '^(.*/e2e-support/.+)\\.cjs$': '$1.cts' },
  setupFiles: [
    require.resolve('reflect-metadata', { paths: [path.join(root, 'server')] }),
    '<rootDir>/web/src/test/polyfills.ts',
  ],
  // The browser tests (node environment) get a database of their own per file, as the server's tests do, so
  // they can run in parallel workers.
  setupFilesAfterEnv: [
    '<rootDir>/web/src/test/matchers.ts',
    '<rootDir>/web/src/test/quiet-console.ts',
    '<rootDir>/test/support/per-file-database.ts',
  ],
};
