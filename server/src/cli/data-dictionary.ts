import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DICTIONARY_FILE, dataDictionaryMarkdown } from '../docs/data-dictionary';
import { runCli } from './with-database';

// pnpm docs:data-dictionary: rewrites docs/data-dictionary.md from the entities (no database needed).
runCli(async () => {
  writeFileSync(DATA_DICTIONARY_FILE, await dataDictionaryMarkdown());
  process.stdout.write(`Wrote ${path.relative(process.cwd(), DATA_DICTIONARY_FILE)}\n`);
});
