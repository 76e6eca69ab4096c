// Issue 11, retention per agency: an agency admin sets the agency's own terms for the cases it owns, within
// the platform's bounds (validated, audited, nothing changed on refusal); the agency's admin and auditors read
// what is due and what the sweep anonymised, when; the sweep applies each agency's own term.
import { randomUUID } from 'node:crypto';
import { createAuditTrail } from '../../server/src/modules/audit';
import { runRetention } from '../../server/src/modules/retention';
import { Role } from '../../server/src/platform/authz/roles';
import { localFileStore } from '../../server/src/platform/files/file-store';
import {
  aBorderWorld,
  type BorderWorld,
  type Caller,
  codeOf,
  cookieFor,
  graphqlAs,
  referralIn,
} from '../support/factories';
import { testConfig } from '../support/test-config';
import { startTestServer, type TestServer } from '../support/test-server';
import { at } from '../support/indexing';

let server: TestServer;
let world: BorderWorld;
let admin: Caller;
let auditor: Caller;
let officer: Caller;
let receiverAdmin: Caller;
const referrals: Record<string, string> = {};

const REPORT = `query { agencyRetention { agencyId canUpdate
  lines { kind termDays platformTermDays agencyTermDays minDays maxDays dueNow dueWithin30Days anonymisedCount lastAnonymisedAt }
  recent { kind recordId reference anonymisedAt } } }`;
const SET = `mutation ($kind: AgencyRetentionKind!, $days: Int) { setAgencyRetentionTerm(kind: $kind, days: $days) {
  lines { kind termDays agencyTermDays dueNow dueWithin30Days } } }`;

interface Line {
  kind: string;
  termDays: number;
  agencyTermDays: number | null;
  dueNow: number;
  dueWithin30Days: number;
  anonymisedCount: number;
  lastAnonymisedAt: string | null;
  minDays: number;
  maxDays: number;
  platformTermDays: number;
}
interface Report {
  agencyId: string;
  canUpdate: boolean;
  lines: Line[];
  recent: { kind: string; recordId: string; reference: string | null; anonymisedAt: string }[];
}

const sql = (statement: string, parameters: unknown[] = []) =>
  server.server.orm.em.fork().execute(statement, parameters);
const ageReferral = async (id: string, days: number) => {
  await sql(`update referral_transition set at = now() - make_interval(days => ?) where referral_id = ?`, [days, id]);
  await sql(`update referral set updated_at = now() - make_interval(days => ?) where id = ?`, [days, id]);
};

async function reportOf(caller: Caller): Promise<Report> {
  const result = await caller<{ agencyRetention: Report }>(REPORT);
  expect(result.errors).toBeUndefined();
  return result.data!.agencyRetention;
}
const referralLine = (report: { lines: Line[] }) => report.lines.find((line) => line.kind === 'CLOSED_REFERRALS')!;

beforeAll(async () => {
  server = await startTestServer();
  const orm = server.server.orm;
  world = await aBorderWorld(orm);
  const auditorUser = await world.colleagueIn('sender', [Role.AUDITOR]);
  const receiverAdminUser = await world.colleagueIn('receiver', [Role.AGENCY_ADMIN]);
  const cookie = (who: { id: string }) => cookieFor(orm, who, { secondFactorGiven: true });
  admin = graphqlAs(server, await cookie(world.users.senderAdmin));
  auditor = graphqlAs(server, await cookie(auditorUser));
  officer = graphqlAs(server, await cookie(world.users.senderOfficer));
  receiverAdmin = graphqlAs(server, await cookie(receiverAdminUser));
  // Closed two years ago, closed 350 days ago (due within 30 days of a one-year term), closed last week.
  referrals.twoYears = await referralIn(orm, world, 'CLOSED');
  referrals.almost = await referralIn(orm, world, 'WITHDRAWN');
  referrals.recent = await referralIn(orm, world, 'CLOSED');
  await ageReferral(referrals.twoYears, 730);
  await ageReferral(referrals.almost, 350);
  await ageReferral(referrals.recent, 7);
}, 180_000);
afterAll(() => server?.stop());

describe("an agency's own retention terms", () => {
  it('start at the platform term: nothing of these is due under five years', async () => {
    const line = referralLine(await reportOf(admin));
    expect(line).toMatchObject({ termDays: 1825, platformTermDays: 1825, agencyTermDays: null, minDays: 365 });
    expect(line.dueNow).toBe(0);
  });

  it("are set by the agency's admin within the platform's bounds, audited, and change what is due", async () => {
    const result = await admin<{ setAgencyRetentionTerm: Report }>(SET, { kind: 'CLOSED_REFERRALS', days: 365 });
    expect(result.errors).toBeUndefined();
    expect(referralLine(result.data!.setAgencyRetentionTerm)).toMatchObject({
      termDays: 365,
      agencyTermDays: 365,
      dueNow: 1,
      dueWithin30Days: 1,
    });
    const event = at(
      await sql(
        `select action, owner_agency_id, details from audit_event where action = 'retention.term.set' and owner_agency_id = ?
       order by seq desc limit 1`,
        [world.agencies.sender.id],
      ),
      0,
    );
    expect(event.details).toMatchObject({ kind: 'closedReferrals', previousDays: null, days: 365, platformDays: 1825 });
  });

  it.each([30, 364, 25 * 365 + 1, -1])('refuse %p days naming the field, and change nothing', async (days) => {
    const before = await sql(`select count(*)::int as n from audit_event where action = 'retention.term.set'`);
    const result = await admin(SET, { kind: 'CLOSED_REFERRALS', days });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields).toEqual({ days: 'error.retention.termOutOfBounds' });
    expect(referralLine(await reportOf(admin)).agencyTermDays).toBe(365);
    expect(await sql(`select count(*)::int as n from audit_event where action = 'retention.term.set'`)).toEqual(before);
  });

  it('are read by the agency auditors, changed by nobody but its admin, and never seen by another agency', async () => {
    const read = await reportOf(auditor);
    expect(read.canUpdate).toBe(false);
    expect(referralLine(read).agencyTermDays).toBe(365);
    expect(codeOf(await auditor(SET, { kind: 'CLOSED_REFERRALS', days: 400 }))).toBe('FORBIDDEN');
    expect(codeOf(await officer(REPORT))).toBe('FORBIDDEN');
    expect(codeOf(await officer(SET, { kind: 'CLOSED_REFERRALS', days: 400 }))).toBe('FORBIDDEN');
    // The receiving agency keeps the platform term for what it sends, and counts none of the sender's cases.
    const other = await reportOf(receiverAdmin);
    expect(other.agencyId).toBe(world.agencies.receiver.id);
    expect(referralLine(other)).toMatchObject({ agencyTermDays: null, termDays: 1825, dueNow: 0 });
  });

  it('are applied by the sweep per agency, and the report says what was anonymised and when', async () => {
    const config = server.server.config;
    const files = localFileStore(`/tmp/enlace-retention-terms-${randomUUID()}`);
    const audit = createAuditTrail(
      { actor: null, requestId: 'retention-terms-test', clientAddress: undefined },
      testConfig().audit.signingKey,
    );
    await runRetention({ orm: server.server.orm, config, files, audit });
    const { title } = at(await sql('select title from referral where id = ?', [referrals.twoYears]), 0);
    expect(title).toBe('');
    const { details } = at(
      await sql(`select details from audit_event where action = 'retention.anonymise' and entity_id = ?`, [
        referrals.twoYears,
      ]),
      0,
    );
    expect(details).toMatchObject({ termDays: 365 });
    for (const id of [referrals.almost, referrals.recent])
      expect(at(await sql('select title from referral where id = ?', [id]), 0).title).not.toBe('');

    const report = await reportOf(auditor);
    expect(referralLine(report)).toMatchObject({ dueNow: 0, dueWithin30Days: 1, anonymisedCount: 1 });
    expect(referralLine(report).lastAnonymisedAt).not.toBeNull();
    const { reference } = at(await sql('select reference from referral where id = ?', [referrals.twoYears]), 0);
    expect(report.recent).toEqual([
      expect.objectContaining({ kind: 'CLOSED_REFERRALS', recordId: referrals.twoYears, reference }),
    ]);
  });

  it('go back to the platform term with null', async () => {
    const result = await admin<{ setAgencyRetentionTerm: Report }>(SET, { kind: 'CLOSED_REFERRALS', days: null });
    expect(referralLine(result.data!.setAgencyRetentionTerm)).toMatchObject({ agencyTermDays: null, termDays: 1825 });
  });
});
