// Turns a screen's `.graphql` file into its operations, each a ready GraphQL document with just the fragments it
// uses, at build time: Vite (vite.config.ts, `import documents from './x.graphql?operations'`) and jest
// (src/test/graphql-operations-transform.cjs) both call this, so the browser parses nothing and the screen's
// chunk carries no GraphQL parser. See src/screens/admin-common/operation.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, so jest's transform can load it as is
const { Kind, parse } = require('graphql');

function operationsOf(source) {
  // Plain JSON: no source locations, no class instances.
  const definitions = JSON.parse(JSON.stringify(parse(source, { noLocation: true }).definitions));
  const fragments = new Map(
    definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const documents = {};
  for (const operation of definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.name)) {
    const used = new Map();
    const collect = (selectionSet) => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind !== Kind.FRAGMENT_SPREAD) collect(selection.selectionSet);
        else if (!used.has(selection.name.value) && fragments.has(selection.name.value)) {
          used.set(selection.name.value, fragments.get(selection.name.value));
          collect(fragments.get(selection.name.value).selectionSet);
        }
      }
    };
    collect(operation.selectionSet);
    documents[operation.name.value] = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
  }
  return documents;
}

module.exports = { operationsOf };
