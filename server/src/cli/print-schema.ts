import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEnlaceSchema } from '../app';
import { findRepoRoot } from '../platform/config/repo-root';
import { printEnlaceSchema } from '../platform/graphql/print-schema';
import { runCli } from './with-database';

export const SCHEMA_FILE = path.join(findRepoRoot(), 'schema', 'enlace.graphql');

runCli(async () => {
  writeFileSync(SCHEMA_FILE, printEnlaceSchema(await buildEnlaceSchema()));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
});
