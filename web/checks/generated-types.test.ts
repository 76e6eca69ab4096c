/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

describe('the generated GraphQL client types', () => {
  it('match schema/enlace.graphql and the operations in web/src (else run `pnpm --filter @enlace/web codegen`)', () => {
    const script = path.resolve(__dirname, '../scripts/codegen.mjs');
    // Throws with the script's message when regenerating would change the committed files.
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
