// ESLint rule: code outside a domain module reaches it only through its index.ts. The import is resolved to a
// file path first, so `../../identity/auth/secrets` and `../identity/auth/secrets` are judged alike, whatever
// the importing file's depth. Tests are not checked: they may open a module's internals to test them.
import path from 'node:path';

/** The module a resolved path belongs to and the path inside it, or null outside the modules folder. */
function moduleOf(modulesDir, file) {
  const relative = path.relative(modulesDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [name, ...inside] = relative.split(path.sep);
  if (inside.length === 0 && /\.[cm]?[jt]s$/.test(name)) return null; // modules/index.ts itself
  return { name, inside: inside.join('/') };
}

const ENTRY = /^(index(\.[cm]?[jt]s)?)?$/;

/** @type {import('eslint').Rule.RuleModule} */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'a module is imported only through its index.ts, never its internals' },
    schema: [
      {
        type: 'object',
        properties: { modulesDir: { type: 'string' } },
        required: ['modulesDir'],
        additionalProperties: false,
      },
    ],
    messages: {
      internal:
        "'{{source}}' reaches into module '{{target}}': import it through its index.ts ('modules/{{target}}'), " +
        'and export what other code needs from there.',
    },
  },
  create(context) {
    const { modulesDir } = context.options[0];
    const importer = moduleOf(modulesDir, context.filename);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = moduleOf(modulesDir, path.resolve(path.dirname(context.filename), source));
      if (!target || target.name === importer?.name || ENTRY.test(target.inside)) return;
      context.report({ node: node.source, messageId: 'internal', data: { source, target: target.name } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries } };
