import type { MikroORM } from '@mikro-orm/postgresql';
import { createAuditTrail, verifyAuditChain } from '../../server/src/modules/audit';
import { anActor, anAuditEvent, anEntry, asOwner, ownDatabase } from '../support/factories';
import { testConfig } from '../support/test-config';
import { at } from '../support/indexing';

const count = async (orm: MikroORM, where = 'true') =>
  Number(at(await orm.em.fork().execute(`select count(*) as n from audit_event where ${where}`), 0).n);

describe('the audit trail is a hash chain the database protects', () => {
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let orm: MikroORM;
  beforeAll(async () => {
    database = await ownDatabase('audit_chain');
    orm = database.orm;
  });
  afterAll(() => database.drop());

  it('verifies after many events, including ones written by concurrent transactions', async () => {
    const officer = anActor();
    for (let i = 0; i < 20; i++) await anAuditEvent(orm, officer);
    await Promise.all(Array.from({ length: 40 }, () => anAuditEvent(orm, anActor())));
    await anAuditEvent(orm, null, anEntry({ action: 'sign-in.failed', entityType: 'User' }));

    const result = await verifyAuditChain(orm.em.fork());
    expect(result).toMatchObject({ valid: true, checkedCount: 61, firstBrokenSeq: null, lastSeq: '61' });
    const seqs = await orm.em.fork().execute<{ seq: string }[]>('select seq from audit_event order by seq');
    expect(seqs.map((row) => Number(row.seq))).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
  });

  it('writes the reads of one request as one row per record, with every field read', async () => {
    const trail = createAuditTrail(
      { actor: anActor(), requestId: 'read-request', clientAddress: undefined },
      testConfig().audit.signingKey,
    );
    const person = { entityType: 'Person', entityId: 'p-1', ownerAgencyId: anActor().agencyId };
    trail.noteRead({ action: 'personal-data.read', ...person, fields: ['name'] });
    trail.noteRead({ action: 'personal-data.read', ...person, fields: ['dateOfBirth'] });
    trail.noteRead({ action: 'personal-data.read', ...person, fields: ['name'] });
    trail.noteRead({ action: 'personal-data.read', entityType: 'Person', entityId: 'p-2', fields: ['name'] });
    await trail.flushReads(orm.em.fork());
    await trail.flushReads(orm.em.fork()); // nothing noted since: nothing written twice

    const rows = await orm.em
      .fork()
      .execute(`select entity_id, fields from audit_event where request_id = 'read-request' order by entity_id`);
    expect(rows).toEqual([
      { entity_id: 'p-1', fields: ['dateOfBirth', 'name'] },
      { entity_id: 'p-2', fields: ['name'] },
    ]);
    expect((await verifyAuditChain(orm.em.fork())).valid).toBe(true);
  });

  it('leaves no audit row when the transaction that wrote it rolls back', async () => {
    const before = await count(orm);
    const trail = createAuditTrail(
      { actor: anActor(), requestId: 'rolled-back', clientAddress: undefined },
      testConfig().audit.signingKey,
    );
    await expect(
      orm.em.fork().transactional(async (em) => {
        await trail.record(em, anEntry());
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count(orm)).toBe(before);
    await anAuditEvent(orm, anActor());
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ valid: true, checkedCount: before + 1 });
  });

  it.each([
    ['UPDATE', `update audit_event set action = 'nothing.happened' where seq = 1`],
    ['DELETE', `delete from audit_event where seq = 1`],
    ['TRUNCATE', `truncate audit_event`],
  ])('refuses %s from the app connection', async (_operation, sql) => {
    await expect(orm.em.fork().execute(sql)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(orm.em.fork())).valid).toBe(true);
  });

  it('never takes the hash or the position from the app', async () => {
    await orm.em
      .fork()
      .execute(
        `insert into audit_event (seq, id, action, entity_type, entity_id, previous_hash, hash) values (999, gen_random_uuid(), 'forged', 'X', '1', 'f', 'f')`,
      );
    const forged = at(await orm.em.fork().execute(`select seq, hash from audit_event where action = 'forged'`), 0);
    expect(forged.seq).not.toBe('999');
    expect(forged.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAuditChain(orm.em.fork())).valid).toBe(true);
  });

  it('detects an edited event by its seq', async () => {
    await asOwner(
      orm.em.fork(),
      'alter table audit_event disable trigger audit_event_append_only',
      `update audit_event set fields = '{passportNumber}' where seq = 7`,
      'alter table audit_event enable trigger audit_event_append_only',
    );
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ valid: false, firstBrokenSeq: '7' });
    await asOwner(
      orm.em.fork(),
      'alter table audit_event disable trigger audit_event_append_only',
      `update audit_event set fields = '{}' where seq = 7`,
      'alter table audit_event enable trigger audit_event_append_only',
    );
    expect((await verifyAuditChain(orm.em.fork())).valid).toBe(true);
  });

  it('detects a deleted event: the next one no longer links to its predecessor', async () => {
    await asOwner(
      orm.em.fork(),
      'alter table audit_event disable trigger audit_event_append_only',
      'delete from audit_event where seq = 12',
      'alter table audit_event enable trigger audit_event_append_only',
    );
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ valid: false, firstBrokenSeq: '13' });
  });

  it('detects a deleted event even when the next hashes were recomputed to hide it', async () => {
    // An attacker with owner rights deletes the first event and re-chains what follows; only the
    // position (seq starts at 1, without gaps) gives them away.
    await asOwner(
      orm.em.fork(),
      'alter table audit_event disable trigger audit_event_append_only',
      'delete from audit_event where seq = 1',
      `update audit_event set previous_hash = repeat('0', 64) where seq = 2`,
      `update audit_event e set hash = audit_event_hash(e) where seq = 2`,
      'alter table audit_event enable trigger audit_event_append_only',
    );
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ valid: false, firstBrokenSeq: '2' });
  });
});
