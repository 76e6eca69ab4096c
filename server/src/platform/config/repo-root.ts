import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The workspace root, found by walking up to pnpm-workspace.yaml. Source (server/src/...) and compiled
 * (server/dist/server/src/...) files sit at different depths, so a fixed relative path would be wrong for one.
 */
export function findRepoRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Enlace: cannot find the workspace root (pnpm-workspace.yaml)');
    dir = parent;
  }
  return dir;
}
