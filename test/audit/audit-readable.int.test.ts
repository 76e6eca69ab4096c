import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import type { Actor } from '../../server/src/platform/authz/actor';
import { Role } from '../../server/src/platform/authz/roles';
import {
  aBorderWorld,
  anAuditEvent,
  anEntry,
  type BorderWorld,
  contextFor,
  referralIn,
  startTestOrm,
  type TestUser,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

const ROW = 'action actorName recordLabel recordPath entityId';
const TRAIL = `query ($filter: AuditTrailFilter) { auditTrail(first: 50, filter: $filter) { nodes { ${ROW} } } }`;
const OWNER = `query ($filter: DataOwnerAccessFilter) {
  dataOwnerAccessLog(first: 50, filter: $filter) { nodes { ${ROW} } } }`;
const EXPORT = `mutation ($filter: AuditTrailFilter) { exportAuditTrail(filter: $filter) }`;

interface Row {
  action: string;
  actorName: string | null;
  recordLabel: string | null;
  recordPath: string | null;
  entityId: string;
}

describe('an audit trail people can read', () => {
  let orm: MikroORM;
  let schema: GraphQLSchema;
  let world: BorderWorld;
  let auditor: TestUser;
  let referralId: string;
  let reference: string;
  let personId: string;

  const run = async <Data>(actor: Actor, source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({
      schema,
      source,
      variableValues,
      contextValue: contextFor(orm, actor, { audit: 'written' }),
    });
    expect(result.errors).toBeUndefined();
    return result.data as Data;
  };

  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    schema = await buildEnlaceSchema();
    world = await aBorderWorld(orm);
    auditor = await world.colleagueIn('sender', [Role.AUDITOR]);
    referralId = await referralIn(orm, world, 'SENT');
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ reference: string; person_id: string }[]>(
        `select r.reference, p.id as person_id from referral r join referral_person p on p.referral_id = r.id
         where r.id = ?`,
        [referralId],
      );
    ({ reference, person_id: personId } = at(rows, 0, 'referral person'));
    const owner = { ownerAgencyId: world.agencies.sender.id };
    await anAuditEvent(
      orm,
      world.users.senderOfficer.actor,
      anEntry({ action: 'referral.send', entityType: 'Referral', entityId: referralId, ...owner }),
    );
    // The Mexican officer reads the person on it: another agency, so named by agency only.
    await anAuditEvent(
      orm,
      world.users.receiverOfficer.actor,
      anEntry({
        action: 'personal-data.read',
        entityType: 'ReferralPerson',
        entityId: personId,
        fields: ['givenNames'],
        ...owner,
      }),
    );
    await anAuditEvent(orm, world.users.senderOfficer.actor, anEntry({ action: 'user.signOut', entityId: 'x' }));
  }, 120_000);
  afterAll(() => orm?.close());

  it("names the agency's own people and shows records by their reference, with where they open", async () => {
    const { auditTrail } = await run<{ auditTrail: { nodes: Row[] } }>(auditor.actor, TRAIL);
    expect(auditTrail.nodes.find((row) => row.action === 'referral.send')).toEqual({
      action: 'referral.send',
      actorName: world.users.senderOfficer.user.name,
      recordLabel: reference,
      recordPath: `/referrals/${referralId}`,
      entityId: referralId,
    });
  });

  it("shows a person on our referral read by another agency as our referral's reference, naming nobody", async () => {
    const { dataOwnerAccessLog } = await run<{ dataOwnerAccessLog: { nodes: Row[] } }>(auditor.actor, OWNER);
    expect(dataOwnerAccessLog.nodes).toEqual([
      {
        action: 'personal-data.read',
        actorName: null,
        recordLabel: reference,
        recordPath: `/referrals/${referralId}`,
        entityId: personId,
      },
    ]);
  });

  it('finds the events of a record by its reference (the referral and the persons on it)', async () => {
    const own = await run<{ auditTrail: { nodes: Row[] } }>(auditor.actor, TRAIL, { filter: { reference } });
    expect(own.auditTrail.nodes.map((row) => row.action)).toEqual(['referral.send']);
    const others = await run<{ dataOwnerAccessLog: { nodes: Row[] } }>(auditor.actor, OWNER, { filter: { reference } });
    expect(others.dataOwnerAccessLog.nodes.map((row) => row.entityId)).toEqual([personId]);
    const none = await run<{ auditTrail: { nodes: Row[] } }>(auditor.actor, TRAIL, {
      filter: { reference: 'XX-YY-2000-000000' },
    });
    expect(none.auditTrail.nodes).toEqual([]);
  });

  it('exports the filtered trail as CSV, and the export is itself in the trail', async () => {
    const { exportAuditTrail: csv } = await run<{ exportAuditTrail: string }>(auditor.actor, EXPORT, {
      filter: { action: 'referral.send' },
    });
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe(
      'seq,occurred_at,actor_kind,actor_name,actor_id,action,record_type,record_reference,record_id,personal_data_fields,request_id',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`${world.users.senderOfficer.user.name},`);
    expect(rows[0]).toContain(`,referral.send,Referral,${reference},${referralId},`);

    const { auditTrail } = await run<{ auditTrail: { nodes: Row[] } }>(auditor.actor, TRAIL, {
      filter: { action: 'audit.export' },
    });
    expect(auditTrail.nodes).toEqual([expect.objectContaining({ actorName: auditor.user.name })]);
  });

  it('refuses the export to anyone but an auditor', async () => {
    const result = await graphql({
      schema,
      source: EXPORT,
      contextValue: contextFor(orm, world.users.senderAdmin.actor, { audit: 'written' }),
    });
    expect(firstError(result).extensions.code).toBe('FORBIDDEN');
  });
});
