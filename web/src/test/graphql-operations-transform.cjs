// Jest's stand-in for Vite's `.graphql?operations` imports (vite.config.ts): the file's operations, built the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest transforms are CommonJS
const { operationsOf } = require('../../scripts/graphql-operations.cjs');

module.exports = {
  process: (source) => ({
    code: `module.exports = { __esModule: true, default: ${JSON.stringify(operationsOf(source))} };`,
  }),
};
