// ESLint rule: a test folder (test/<area>/) imports only its own files and test/support (the shared factories,
// servers and configuration), never another folder's fixtures: what two folders both need belongs in
// test/support/factories. test/support itself imports no test folder.
import path from 'node:path';

const SHARED = 'support';

/** The test folder a path belongs to, or null outside the test directory (server code, web code, packages). */
function areaOf(testDir, file) {
  const relative = path.relative(testDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [area, ...inside] = relative.split(path.sep);
  return inside.length === 0 ? null : area;
}

/** @type {import('eslint').Rule.RuleModule} */
const testBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "a test folder imports its own files and test/support, never another folder's fixtures" },
    schema: [
      {
        type: 'object',
        properties: { testDir: { type: 'string' } },
        required: ['testDir'],
        additionalProperties: false,
      },
    ],
    messages: {
      foreign:
        "'{{source}}' is a fixture of test/{{target}}: build what this test needs with test/support/factories " +
        '(or move the helper there).',
    },
  },
  create(context) {
    const { testDir } = context.options[0];
    const importer = areaOf(testDir, context.filename);
    if (!importer) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = areaOf(testDir, path.resolve(path.dirname(context.filename), source));
      if (!target || target === importer || (target === SHARED && importer !== SHARED)) return;
      context.report({ node: node.source, messageId: 'foreign', data: { source, target } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'test-boundaries': testBoundaries } };
