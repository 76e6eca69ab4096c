import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from './config/repo-root';

/** The release version, from the root package.json (one source of truth for the API and the web app). */
export const ENLACE_VERSION: string = (
  JSON.parse(readFileSync(path.join(findRepoRoot(), 'package.json'), 'utf8')) as { version: string }
).version;
