// Generates typed GraphQL operations (GraphQL Code Generator, client preset) from schema/enlace.graphql and the
// `*.graphql` documents in web/src, kept next to the screens that use them. Screens import the typed
// `<Name>Document` from src/gql/graphql rather than the preset's `graphql()` lookup map.
// A module is never split between chunks, so src/gql/graphql.ts (every screen's operations) lands whole in
// whichever chunk imports it first. The shell's own operations (src/session/, src/i18n/: who is signed in,
// sign-out, the saved language) are therefore generated apart, into src/gql/shell/: the first page then carries
// those few, and every screen's operations arrive with the screens.
// Beside each `x.graphql` it also writes `x.generated.ts`: one typed document node per operation of that file (with
// just the fragments it uses, plain JSON, nothing parsed in the browser), typed with the types of src/gql/. Screens
// import their documents from there, so each screen's operations travel in the screen's own chunk; the `…Document`
// constants in src/gql/graphql.ts remain for older imports but cost the first download once the shell reaches them.
// `--check` writes nothing and fails when the committed output is stale.
//
// Why not @graphql-codegen/cli: on Node 20 its loaders pull packages that require Node 22 and `engineStrict`
// refuses them; the preset and core generator it wraps install fine, so this script drives them directly.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preset } from '@graphql-codegen/client-preset';
import { codegen } from '@graphql-codegen/core';
import { GraphQLFileLoader } from '@graphql-tools/graphql-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import { Kind, OperationTypeNode, buildASTSchema, parse } from 'graphql';
import prettier from 'prettier';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHELL_DOCUMENTS = ['src/session/**/*.graphql', 'src/i18n/**/*.graphql'];
const OUTPUTS = [
  {
    dir: path.join(web, 'src/gql/'),
    // Operations whose fields the server does not have yet live in src/pending-schema/ (see web/README.md).
    documents: ['src/**/*.graphql', '!src/pending-schema/**', ...SHELL_DOCUMENTS.map((glob) => `!${glob}`)],
  },
  { dir: path.join(web, 'src/gql/shell/'), documents: SHELL_DOCUMENTS },
];

const config = {
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
  },
};

async function generate() {
  const files = new Map();
  for (const output of OUTPUTS) {
    for (const [filename, code] of await generateInto(output.dir, output.documents)) files.set(filename, code);
    for (const [filename, code] of await generateDocumentsBeside(output.dir, output.documents)) {
      files.set(filename, code);
    }
  }
  return files;
}

const SUFFIX = {
  [OperationTypeNode.QUERY]: 'Query',
  [OperationTypeNode.MUTATION]: 'Mutation',
  [OperationTypeNode.SUBSCRIPTION]: 'Subscription',
};

/** Every fragment of every document (a file may spread a fragment written in another one). */
async function allFragments() {
  const sources = await loadDocuments(['src/**/*.graphql', '!src/pending-schema/**'], {
    cwd: web,
    loaders: [new GraphQLFileLoader()],
  });
  const fragments = new Map();
  for (const source of sources) {
    for (const definition of (await plain(source)).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/** The document as plain JSON: no source locations, no class instances. */
async function plain(source) {
  const text = await readFile(source.location, 'utf8');
  return JSON.parse(JSON.stringify(parse(text, { noLocation: true })));
}

/** An operation with just the fragments it spreads, directly or through other fragments. */
function documentOf(operation, fragments) {
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
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
}

async function generateDocumentsBeside(typesDir, documentGlobs) {
  const fragments = await allFragments();
  const sources = await loadDocuments(documentGlobs, { cwd: web, loaders: [new GraphQLFileLoader()] });
  const prettierOptions = await prettier.resolveConfig(path.join(web, 'src/gql/graphql.ts'));
  const files = new Map();
  for (const source of sources) {
    const graphqlFile = source.location;
    const filename = graphqlFile.replace(/\.graphql$/, '.generated.ts');
    const operations = (await plain(source)).definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name,
    );
    if (operations.length === 0) continue;
    let typesModule = path.relative(path.dirname(filename), path.join(typesDir, 'graphql')).split(path.sep).join('/');
    if (!typesModule.startsWith('.')) typesModule = `./${typesModule}`;
    const types = [];
    const constants = [];
    for (const operation of operations) {
      const name = operation.name.value;
      const result = `${name}${SUFFIX[operation.operation]}`;
      types.push(result, `${result}Variables`);
      constants.push(
        `export const ${name}Document = ${JSON.stringify(documentOf(operation, fragments))} as unknown as ` +
          `TypedDocumentNode<${result}, ${result}Variables>;`,
      );
    }
    const code = [
      `// GENERATED by scripts/codegen.mjs from ${path.basename(graphqlFile)}: do not edit; run \`pnpm --filter @enlace/web codegen\`.`,
      `import type { TypedDocumentNode } from '@graphql-typed-document-node/core';`,
      `import type { ${types.join(', ')} } from '${typesModule}';`,
      '',
      ...constants,
      '',
    ].join('\n');
    files.set(filename, await prettier.format(code, { ...prettierOptions, filepath: filename }));
  }
  return files;
}

async function generateInto(outputDir, documentGlobs) {
  const sdl = await readFile(path.join(web, '../schema/enlace.graphql'), 'utf8');
  const schema = parse(sdl);
  // The SDL is a federation subgraph: its @link/@key directives are not defined in it, and need not be here.
  const schemaAst = buildASTSchema(schema, { assumeValidSDL: true });
  const sources = await loadDocuments(documentGlobs, {
    cwd: web,
    loaders: [new GraphQLFileLoader()],
  });
  const documents = [...sources].sort((a, b) => (a.location ?? '').localeCompare(b.location ?? ''));
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: outputDir,
    schema,
    schemaAst,
    documents,
    plugins: [],
    pluginMap: {},
    config: config.config,
    presetConfig: config.presetConfig,
    documentTransforms: [],
  });
  const prettierOptions = await prettier.resolveConfig(path.join(web, 'src/gql/graphql.ts'));
  const files = new Map();
  for (const output of outputs) {
    const code = await codegen({ ...output, schemaAst, documentTransforms: [] });
    files.set(output.filename, await prettier.format(code, { ...prettierOptions, filepath: output.filename }));
  }
  return files;
}

const check = process.argv.includes('--check');
const files = await generate();
const stale = [];
for (const [filename, code] of files) {
  const current = await readFile(filename, 'utf8').catch(() => null);
  if (current === code) continue;
  stale.push(path.relative(web, filename));
  if (!check) {
    await mkdir(path.dirname(filename), { recursive: true });
    await writeFile(filename, code);
  }
}
if (check && stale.length > 0) {
  process.stderr.write(
    `Generated GraphQL types are stale (${stale.join(', ')}): run \`pnpm --filter @enlace/web codegen\`\n`,
  );
  process.exit(1);
}
process.stdout.write(stale.length ? `wrote ${stale.join(', ')}\n` : 'generated GraphQL types are up to date\n');
