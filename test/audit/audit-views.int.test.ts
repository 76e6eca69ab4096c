import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import type { Actor } from '../../server/src/platform/authz/actor';
import { Role } from '../../server/src/platform/authz/roles';
import { expectPageArgumentsChecked, expectToPageThrough, PAGE_INFO, type PageOf } from '../support/connection-checks';
import { anActor, anAuditEvent, anEntry, contextFor, ownDatabase } from '../support/factories';
import { at, firstError } from '../support/indexing';

// Runs the real schema (auth checker, resolvers, field guard, SQL) in-process with a context built like
// createRequestContext's. Through HTTP once sign-in can give a test an auditor's session.
const EVENT_FIELDS = `seq id action entityType entityId fields actorKind actorId actorAgencyId actorCountryCode
  ownerAgencyId requestId clientAddress details restrictedFields`;
const AUDIT_TRAIL = `query ($first: Int, $after: String, $filter: AuditTrailFilter) {
  auditTrail(first: $first, after: $after, filter: $filter) {
    edges { cursor node { seq } } nodes { ${EVENT_FIELDS} } ${PAGE_INFO} } }`;
const DATA_OWNER_LOG = `query ($first: Int, $after: String, $filter: DataOwnerAccessFilter) {
  dataOwnerAccessLog(first: $first, after: $after, filter: $filter) {
    edges { cursor node { seq } } nodes { ${EVENT_FIELDS} } ${PAGE_INFO} } }`;
const VERIFY = `{ verifyAuditChain { valid checkedCount firstBrokenSeq lastSeq lastHash } }`;

interface EventView {
  action: string;
  entityId: string;
  requestId: string | null;
  clientAddress: string | null;
  actorId: string | null;
  details: unknown;
  restrictedFields: string[];
  [field: string]: unknown;
}
type Page = PageOf<EventView>;

describe("auditors read their agency's trail and who else touched its records", () => {
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let orm: MikroORM;
  let schema: GraphQLSchema;
  const rumichacaPolice = anActor({ countryCode: 'EC' });
  const ipialesMigration = anActor({ countryCode: 'CO' });
  const policeAuditor = anActor({ agencyId: rumichacaPolice.agencyId, countryCode: 'EC', roles: [Role.AUDITOR] });
  const migrationAuditor = anActor({ agencyId: ipialesMigration.agencyId, roles: [Role.AUDITOR] });

  const run = async <Data>(actor: Actor | null, source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({
      schema,
      source,
      variableValues,
      contextValue: contextFor(orm, actor, { audit: 'written', clientAddress: '198.51.100.9' }),
    });
    return { data: result.data as Data | null, errors: result.errors };
  };
  const recordAs = (actor: Actor, requestId: string, entry = anEntry()) =>
    anAuditEvent(orm, actor, entry, { requestId, clientAddress: '203.0.113.7' });

  beforeAll(async () => {
    database = await ownDatabase('audit_views');
    orm = database.orm;
    schema = await buildEnlaceSchema();
    const own = { ownerAgencyId: rumichacaPolice.agencyId };
    await recordAs(rumichacaPolice, 'police-sends', anEntry({ action: 'referral.send', entityId: 'r-1', ...own }));
    await recordAs(
      ipialesMigration,
      'migration-reads-police-record',
      anEntry({ action: 'personal-data.read', entityType: 'Person', entityId: 'p-1', fields: ['name'], ...own }),
    );
    await recordAs(
      ipialesMigration,
      'migration-internal',
      anEntry({
        action: 'user.disable',
        entityType: 'User',
        entityId: 'u-9',
        ownerAgencyId: ipialesMigration.agencyId,
      }),
    );
    await recordAs(
      rumichacaPolice,
      'police-reads-migration-record',
      anEntry({ action: 'personal-data.read', entityType: 'Person', entityId: 'p-2', fields: ['name'] }),
    );
  });
  afterAll(() => database.drop());

  it("shows an auditor only what their own agency's people did, newest first, with every field", async () => {
    const { data, errors } = await run<{ auditTrail: Page }>(policeAuditor, AUDIT_TRAIL);
    expect(errors).toBeUndefined();
    expect(data!.auditTrail.nodes.map((event) => event.requestId)).toEqual([
      'police-reads-migration-record',
      'police-sends',
    ]);
    expect(data!.auditTrail.nodes[1]).toMatchObject({ clientAddress: '203.0.113.7', restrictedFields: [] });
  });

  it('pages through the trail with a cursor and filters it', async () => {
    const first = await run<{ auditTrail: Page }>(migrationAuditor, AUDIT_TRAIL, { first: 1 });
    expect(first.data!.auditTrail).toMatchObject({
      pageInfo: { hasNextPage: true },
      nodes: [{ requestId: 'migration-internal' }],
    });
    const second = await run<{ auditTrail: Page }>(migrationAuditor, AUDIT_TRAIL, {
      first: 1,
      after: first.data!.auditTrail.pageInfo.endCursor,
    });
    expect(second.data!.auditTrail).toMatchObject({
      pageInfo: { hasNextPage: false },
      nodes: [{ requestId: 'migration-reads-police-record' }],
    });
    const trail = async (variables: { first?: number; after?: string | null }) => {
      const answer = await run<{ auditTrail: Page }>(migrationAuditor, AUDIT_TRAIL, variables);
      return { data: answer.data?.auditTrail, errors: answer.errors };
    };
    const events = await expectToPageThrough(trail, { pageSize: 1, key: (event) => String(event.seq) });
    // Newest first: the chain's sequence falls.
    expect(events.map((event) => Number(event.seq))).toEqual(
      events.map((event) => Number(event.seq)).sort((a, b) => b - a),
    );
    const filtered = await run<{ auditTrail: Page }>(migrationAuditor, AUDIT_TRAIL, {
      filter: { entityType: 'User', actorId: ipialesMigration.id },
    });
    expect(filtered.data!.auditTrail.nodes.map((event) => event.entityId)).toEqual(['u-9']);
  });

  it("shows the data owner another agency's read of its records, without that agency's internal fields", async () => {
    const { data, errors } = await run<{ dataOwnerAccessLog: Page }>(policeAuditor, DATA_OWNER_LOG);
    expect(errors).toBeUndefined();
    expect(data!.dataOwnerAccessLog.nodes).toEqual([
      expect.objectContaining({
        action: 'personal-data.read',
        entityId: 'p-1',
        fields: ['name'],
        actorKind: 'USER',
        actorAgencyId: ipialesMigration.agencyId,
        actorCountryCode: 'CO',
        actorId: null,
        requestId: null,
        clientAddress: null,
        details: null,
      }),
    ]);
    expect(at(data!.dataOwnerAccessLog.nodes, 0).restrictedFields).toEqual(
      expect.arrayContaining(['actorId', 'requestId', 'clientAddress', 'details']),
    );
  });

  it('refuses the audit views to anyone but auditors, and the chain check to all but auditors and admins', async () => {
    const caseWorker = anActor({ agencyId: rumichacaPolice.agencyId, roles: [Role.CASE_WORKER] });
    const platformAdmin = anActor({ roles: [Role.PLATFORM_ADMIN] });
    for (const actor of [caseWorker, platformAdmin]) {
      for (const query of [AUDIT_TRAIL, DATA_OWNER_LOG]) {
        const { errors } = await run(actor, query);
        expect(firstError({ errors }).extensions.code).toBe('FORBIDDEN');
      }
    }
    expect(firstError(await run(caseWorker, VERIFY)).extensions.code).toBe('FORBIDDEN');
    expect(firstError(await run(null, AUDIT_TRAIL)).extensions.code).toBe('UNAUTHENTICATED');
    const verified = await run<{ verifyAuditChain: { valid: boolean; checkedCount: number } }>(platformAdmin, VERIFY);
    expect(verified.data!.verifyAuditChain).toMatchObject({ valid: true, checkedCount: 4 });
  });

  it('rejects a malformed cursor or page size as bad input, in both views', async () => {
    for (const view of [AUDIT_TRAIL, DATA_OWNER_LOG]) {
      await expectPageArgumentsChecked(async (variables) => {
        const answer = await run<Record<string, Page>>(policeAuditor, view, variables);
        return { data: answer.data && Object.values(answer.data)[0], errors: answer.errors };
      });
    }
  });

  it("pages through the data owner's access log", async () => {
    const log = async (variables: { first?: number; after?: string | null }) => {
      const answer = await run<{ dataOwnerAccessLog: Page }>(policeAuditor, DATA_OWNER_LOG, variables);
      return { data: answer.data?.dataOwnerAccessLog, errors: answer.errors };
    };
    const events = await expectToPageThrough(log, { pageSize: 1, key: (event) => String(event.seq) });
    expect(events.length).toBeGreaterThan(0);
  });
});
