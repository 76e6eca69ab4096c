import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../support/test-server';
import { coordinationChecks } from './coordination-checks';
import { identityCheckChecks } from './identity-check-checks';
import { libraryChecks } from './library-checks';
import { bulletinChecks } from './bulletin-checks';
import { assessmentChecks } from './assessment-checks';
import { notificationChecks } from './notification-checks';
import { retentionChecks } from './retention-checks';
import { rosterChecks } from './roster-checks';
import { durableSolutionsChecks } from './durable-solutions-checks';
import { callerFor, failedJobChecks, MATRIX_CHECKS, referralChecks } from './matrix-checks';
import { buildMatrixWorld, type MatrixWorld } from './matrix-world';
import { protectionChecks } from './protection-checks';
import { statisticsChecks } from './statistics-checks';
import { serviceReferralChecks } from './service-referral-checks';
import { protectionReferralChecks } from './protection-referral-checks';
import { solutionReferralChecks } from './solution-referral-checks';
import { ALL_ROLES, isAllowed, PERMISSION_MATRIX } from './permission-matrix';
import { renderPermissionsDoc } from './permissions-doc';
import { present } from '../support/indexing';

const DOC = path.join(__dirname, '../../docs/permissions.md');

describe('the permission matrix, cell by cell, through the GraphQL API', () => {
  let api: TestServer;
  let world: MatrixWorld;
  let checks: typeof MATRIX_CHECKS;
  beforeAll(async () => {
    api = await startTestServer();
    world = await buildMatrixWorld(api.server.orm);
    checks = {
      ...MATRIX_CHECKS,
      ...referralChecks(api),
      ...failedJobChecks(api),
      ...coordinationChecks(api),
      ...libraryChecks(api),
      ...bulletinChecks(api),
      ...assessmentChecks(api),
      ...rosterChecks(api),
      ...protectionChecks(api),
      ...statisticsChecks(api),
      ...serviceReferralChecks(api),
      ...protectionReferralChecks(api),
      ...durableSolutionsChecks(api),
      ...solutionReferralChecks(api),
      ...identityCheckChecks(api),
      ...retentionChecks(),
      ...notificationChecks(api),
    };
  });
  afterAll(() => api.stop());

  // Reads before writes, so a write that is (rightly) allowed cannot change what a later read sees.
  const ordered = [...PERMISSION_MATRIX].sort((a, b) => Number(a.action !== 'read') - Number(b.action !== 'read'));
  const cells = ordered.flatMap((entry) =>
    ALL_ROLES.flatMap((role) => entry.relations.map((relation) => ({ entry, role, relation }))),
  );

  it.each(
    cells.map((cell) => [
      `${cell.role} ${isAllowed(cell.entry, cell.role, cell.relation) ? 'may' : 'may not'} ${cell.entry.action} ${cell.entry.field ? `${cell.entry.resource}.${cell.entry.field}` : cell.entry.resource} (${cell.relation})`,
      cell,
    ]),
  )('%s', async (_name, { entry, role, relation }) => {
    const name = [entry.resource, entry.action, entry.field].filter(Boolean).join(':');
    const check = present(checks[name], `a check for ${name}`);
    const allowed = await check(callerFor(api, world.cookieOf[role]), world, relation);
    expect(allowed).toBe(isAllowed(entry, role, relation));
  });

  it('is what docs/permissions.md says (UPDATE_PERMISSIONS_DOC=1 regenerates it)', () => {
    const rendered = renderPermissionsDoc();
    if (process.env.UPDATE_PERMISSIONS_DOC) writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });
});
