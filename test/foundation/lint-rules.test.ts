import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

// Lints snippets as if they were files of the repository, with its real ESLint config, in one child process
// (ESLint's config is an ES module, which jest's CommonJS sandbox cannot load).
const LINT_SNIPPETS = `
  import { ESLint } from 'eslint';
  const eslint = new ESLint();
  const snippets = JSON.parse(process.argv[1]);
  const found = [];
  for (const { file, code } of snippets) {
    const [result] = await eslint.lintText(code, { filePath: file });
    found.push(result.messages.map((message) => message.ruleId ?? message.message));
  }
  process.stdout.write(JSON.stringify(found));
`;

function lint(snippets: { file: string; code: string }[]): string[][] {
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_SNIPPETS, JSON.stringify(snippets)],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(output) as string[][];
}

const internals = `import { sha256 } from '../../identity/auth/secrets';\nexport const x = sha256;\n`;
const viaIndex = `import { User } from '../../identity';\nexport const x = User;\n`;
const ownFile = `import { Referral } from '../referral.entity';\nexport const x = Referral;\n`;
const fromRoot = `export { startDeadlineWatch } from './modules/referrals/notifications/deadline-watch';\n`;
const readsEnv = `export const port = process.env.PORT;\n`;
const platformImportsModule = `import { User } from '../../modules/identity';\nexport const x = User;\n`;
const staleEffect = `import { useEffect, useState } from 'react';
export function Counter({ id }: { id: string }) {
  const [seen, setSeen] = useState('');
  useEffect(() => setSeen(id), []);
  return <p>{seen}</p>;
}
`;
const completeEffect = staleEffect.replace('}, [])', '}, [id])').replace('setSeen(id), []', 'setSeen(id), [id]');
const hookInCondition = `import { useState } from 'react';
export function Maybe({ on }: { on: boolean }) {
  if (on) useState(0);
  return null;
}
`;
const unlabelledImage = `export const Logo = () => <img src="/logo.svg" />;\n`;
const clickableDiv = `export const Row = ({ open }: { open: () => void }) => <div onClick={open}>x</div>;\n`;
const otherFolderFixture = `import { buildMatrixWorld } from '../permissions/matrix-world';\nexport const x = buildMatrixWorld;\n`;
const sharedFactories = `import { aBorderWorld } from '../support/factories';\nexport const x = aBorderWorld;\n`;
const ownFolderFile = `import { renderPermissionsDoc } from './permissions-doc';\nexport const x = renderPermissionsDoc;\n`;
const supportImportsFolder = `import { buildMatrixWorld } from '../../permissions/matrix-world';\nexport const x = buildMatrixWorld;\n`;
const SNIPPETS = {
  staleEffect: { file: 'web/src/screens/example.tsx', code: staleEffect },
  completeEffect: { file: 'web/src/screens/example.tsx', code: completeEffect },
  hookInCondition: { file: 'web/src/screens/example.tsx', code: hookInCondition },
  unlabelledImage: { file: 'web/src/screens/example.tsx', code: unlabelledImage },
  clickableDiv: { file: 'web/src/screens/example.tsx', code: clickableDiv },
  internals: { file: 'server/src/modules/referrals/notifications/example.ts', code: internals },
  viaIndex: { file: 'server/src/modules/referrals/notifications/example.ts', code: viaIndex },
  ownFile: { file: 'server/src/modules/referrals/notifications/example.ts', code: ownFile },
  fromRoot: { file: 'server/src/example.ts', code: fromRoot },
  envInModule: { file: 'server/src/modules/referrals/example.ts', code: readsEnv },
  envInPlatform: { file: 'server/src/platform/mail/example.ts', code: readsEnv },
  envInConfig: { file: 'server/src/platform/config/example.ts', code: readsEnv },
  platformImportsModule: { file: 'server/src/platform/mail/example.ts', code: platformImportsModule },
  otherFolderFixture: { file: 'test/referrals/example.int.test.ts', code: otherFolderFixture },
  sharedFactories: { file: 'test/referrals/example.int.test.ts', code: sharedFactories },
  ownFolderFile: { file: 'test/permissions/example.test.ts', code: ownFolderFile },
  supportImportsFolder: { file: 'test/support/factories/example.ts', code: supportImportsFolder },
};

let found: Record<keyof typeof SNIPPETS, string[]>;
beforeAll(() => {
  const names = Object.keys(SNIPPETS) as (keyof typeof SNIPPETS)[];
  const results = lint(names.map((name) => SNIPPETS[name]));
  found = Object.fromEntries(names.map((name, index) => [name, results[index]])) as typeof found;
}, 60_000);

describe('the lint rules that keep the structure', () => {
  it("refuses an import of another module's internals, from any depth, and allows its index", () => {
    expect(found.internals).toContain('enlace/module-boundaries');
    expect(found.fromRoot).toContain('enlace/module-boundaries');
    expect(found.viaIndex).not.toContain('enlace/module-boundaries');
    expect(found.ownFile).not.toContain('enlace/module-boundaries');
  });

  it('refuses process.env outside platform/config', () => {
    expect(found.envInModule).toContain('no-restricted-properties');
    expect(found.envInPlatform).toContain('no-restricted-properties');
    expect(found.envInConfig).not.toContain('no-restricted-properties');
  });

  it('keeps platform/ free of modules', () => {
    expect(found.platformImportsModule).toContain('no-restricted-imports');
  });

  it('keeps the rules of hooks and complete effect dependencies in the web app', () => {
    expect(found.staleEffect).toContain('react-hooks/exhaustive-deps');
    expect(found.completeEffect).toEqual([]);
    expect(found.hookInCondition).toContain('react-hooks/rules-of-hooks');
  });

  it('refuses markup that a screen reader or a keyboard user cannot use', () => {
    expect(found.unlabelledImage).toContain('jsx-a11y/alt-text');
    expect(found.clickableDiv).toEqual(
      expect.arrayContaining(['jsx-a11y/click-events-have-key-events', 'jsx-a11y/no-static-element-interactions']),
    );
  });

  it("keeps each test folder to its own files and the shared factories, never another folder's fixtures", () => {
    expect(found.otherFolderFixture).toContain('enlace/test-boundaries');
    expect(found.supportImportsFolder).toContain('enlace/test-boundaries');
    expect(found.sharedFactories).not.toContain('enlace/test-boundaries');
    expect(found.ownFolderFile).not.toContain('enlace/test-boundaries');
  });
});
