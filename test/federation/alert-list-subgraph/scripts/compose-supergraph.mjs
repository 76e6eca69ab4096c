// Composes the supergraph the gateway serves from the two committed SDLs: Enlace's (schema/enlace.graphql) and
// the alert list's (schema.graphql). Run after either changes: pnpm --filter @enlace/alert-list-subgraph compose
// (test/federation/gateway.int.test.ts fails while the checked-in file differs).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { composeSupergraph } = require('./supergraph.cjs');
const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.join(here, '..');
const supergraph = composeSupergraph(
  readFileSync(path.join(packageRoot, '../../../schema/enlace.graphql'), 'utf8'),
  readFileSync(path.join(packageRoot, 'schema.graphql'), 'utf8'),
);
writeFileSync(path.join(packageRoot, 'supergraph.graphql'), supergraph);
process.stdout.write('Wrote supergraph.graphql\n');
