// Generates typed GraphQL operations (GraphQL Code Generator, client preset) from schema/enlace.graphql and the
// `*.graphql` documents in web/src, kept next to the screens that use them. Screens import the typed
// `<Name>Document` from src/gql/graphql: one export per operation, so each lands only in the chunk that uses it
// (the preset's `graphql()` lookup map would put every operation in whichever chunk first imports it).
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
import { buildASTSchema, parse } from 'graphql';
import prettier from 'prettier';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = path.join(web, 'src/gql/');

const config = {
  // Operations whose fields the server does not have yet live in src/pending-schema/ (see web/README.md).
  documents: ['src/**/*.graphql', '!src/pending-schema/**'],
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
  },
};

// The shell's own operations (signed-in user, sign-out) get a module of their own as well: a module lives in
// one chunk, so if the shell imported src/gql/graphql.ts, every screen's operations would be in the first
// download.
const shellOutputs = [{ documents: ['src/session/*.graphql'], outputDir: path.join(web, 'src/gql/shell/') }];

async function generate() {
  const sdl = await readFile(path.join(web, '../schema/enlace.graphql'), 'utf8');
  const schema = parse(sdl);
  // The SDL is a federation subgraph: its @link/@key directives are not defined in it, and need not be here.
  const schemaAst = buildASTSchema(schema, { assumeValidSDL: true });
  const files = new Map();
  for (const target of [{ documents: config.documents, outputDir }, ...shellOutputs]) {
    for (const [filename, code] of await generateInto(target, schema, schemaAst)) files.set(filename, code);
  }
  return files;
}

async function generateInto(target, schema, schemaAst) {
  const sources = await loadDocuments(target.documents, {
    cwd: web,
    loaders: [new GraphQLFileLoader()],
  });
  const documents = [...sources].sort((a, b) => (a.location ?? '').localeCompare(b.location ?? ''));
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: target.outputDir,
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
