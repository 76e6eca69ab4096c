import { Role } from '../../server/src/platform/authz/roles';
import { expectPageArgumentsChecked, expectToPageThrough, PAGE_INFO, type PageOf } from '../support/connection-checks';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, REGISTER, type Staff } from './protection-fixtures';

const CASELOAD = `query ($first: Int, $after: String) { caseload(first: $first, after: $after) {
  totalCount edges { cursor node { id code } } nodes { id code } ${PAGE_INFO} } }`;

interface Row {
  id: string;
  code: string;
}

/** The caseload pages like every other list (platform connection helper): newest code first, no gap, no repeat. */
describe('the caseload, a page at a time', () => {
  let api: TestServer;
  let worker: Staff;

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k1:${KEY_A}`));
    worker = (await protectionAgency(api.server.orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER })).staff
      .worker!;
    // Another agency of the same country numbers its survivors from 1 too: its codes never enter this caseload.
    const other = (await protectionAgency(api.server.orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER }))
      .staff.worker!;
    for (const [staff, count] of [
      [worker, 5],
      [other, 2],
    ] as const)
      for (let index = 0; index < count; index += 1) {
        const made = await api.graphql(REGISTER, { input: { estimatedAge: 20 + index } }, { cookie: staff.cookie });
        expect(made.errors).toBeUndefined();
      }
  });
  afterAll(() => api.stop());

  const fetchPage = async (args: { first?: number; after?: string | null }) => {
    const answer = await api.graphql<{ caseload: PageOf<Row> & { totalCount: number } }>(CASELOAD, args, {
      cookie: worker.cookie,
    });
    if (answer.data) expect(answer.data.caseload.totalCount).toBe(5);
    return { data: answer.data?.caseload, errors: answer.errors };
  };

  it('walks the agency’s survivors two at a time, newest code first, and checks its arguments', async () => {
    const rows = await expectToPageThrough(fetchPage, { pageSize: 2, key: (row) => row.id });
    expect(rows).toHaveLength(5);
    const codes = rows.map((row) => row.code);
    expect(codes).toEqual([...codes].sort().reverse());
    await expectPageArgumentsChecked(fetchPage);
  });
});
