// Jest's stand-in for Vite's `?raw` imports: the file's text as the module's default export.
module.exports = {
  process: (source) => ({ code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` }),
};
