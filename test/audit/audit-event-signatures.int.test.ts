import type { MikroORM } from '@mikro-orm/postgresql';
import { createAuditTrail, verifyAuditChain } from '../../server/src/modules/audit';
import { signingKeyFromSeed, type SigningKey } from '../../server/src/platform/crypto/signing-key';
import {
  aTamperableTrail,
  anActor,
  anAuditEvent,
  anEntry,
  asOwner,
  LOCK_AUDIT,
  rechainAuditFrom,
  UNLOCK_AUDIT,
} from '../support/factories';

/** A row appended with database access only, through the normal insert trigger (it chains like a real one). */
const forgedRow = (signature: string | null = null, keyId: string | null = null) =>
  `insert into audit_event (id, action, entity_type, entity_id, fields, request_id, signature, signature_key_id)
   values (gen_random_uuid(), 'user.update', 'User', '${'1'.repeat(8)}-1111-4111-8111-${'1'.repeat(12)}',
     '{roles}', 'forged', ${signature === null ? 'null' : `'${signature}'`}, ${keyId === null ? 'null' : `'${keyId}'`})`;

const keyOf = (byte: number) => signingKeyFromSeed(Buffer.alloc(32, byte).toString('base64'));

const aTrail = (purpose: string) => aTamperableTrail(`signatures_${purpose}`);

async function eventsSignedWith(orm: MikroORM, key: SigningKey, count: number) {
  const trail = createAuditTrail({ actor: anActor(), requestId: 'rotation', clientAddress: '203.0.113.9' }, key);
  for (let i = 0; i < count; i++) {
    await orm.em
      .fork()
      .transactional((tx) => trail.record(tx, anEntry({ details: { n: i, nested: { b: 1, a: [2] } } })));
  }
}

describe('every audit event carries the application signature of what it wrote', () => {
  let trail: Awaited<ReturnType<typeof aTrail>> | undefined;
  afterEach(async () => {
    await trail?.cleanUp();
    trail = undefined;
  });

  it('finds a row forged through the normal insert trigger, which the chain and the checkpoints cannot', async () => {
    trail = await aTrail('forged');
    for (let i = 0; i < 5; i++) await anAuditEvent(trail.orm, anActor());
    expect(await trail.verify()).toMatchObject({ valid: true, signaturesChecked: 5, unsignedBeforeSigning: 0 });
    await trail.anchor();

    await asOwner(trail.orm.em.fork(), forgedRow());
    expect((await verifyAuditChain(trail.orm.em.fork())).valid).toBe(true);
    expect(await trail.verify()).toMatchObject({ valid: false, problem: 'event-not-signed', firstBrokenSeq: '6' });
    // The scheduled anchor will not vouch for it with a checkpoint.
    expect((await trail.anchor()).written).toBeNull();
  });

  it('finds a row signed with a key that is not the application one', async () => {
    trail = await aTrail('other-key');
    await anAuditEvent(trail.orm, anActor());
    const forger = keyOf(9);
    await asOwner(trail.orm.em.fork(), forgedRow('A'.repeat(86) + '==', forger.keyId));
    expect(await trail.verify()).toMatchObject({ valid: false, problem: 'event-not-signed', firstBrokenSeq: '2' });
  });

  it('finds an event edited after the last checkpoint with the chain recomputed', async () => {
    trail = await aTrail('edited');
    for (let i = 0; i < 5; i++) await anAuditEvent(trail.orm, anActor());
    await trail.anchor();
    for (let i = 0; i < 3; i++) await anAuditEvent(trail.orm, anActor());
    await asOwner(
      trail.orm.em.fork(),
      UNLOCK_AUDIT,
      `update audit_event set action = 'user.read' where seq = 7`,
      rechainAuditFrom(7),
      LOCK_AUDIT,
    );
    expect((await verifyAuditChain(trail.orm.em.fork())).valid).toBe(true);
    expect(await trail.verify()).toMatchObject({ valid: false, problem: 'event-not-signed', firstBrokenSeq: '7' });
  });

  it('accepts history from before signing began, and catches signatures stripped to pass rows off as history', async () => {
    trail = await aTrail('history');
    // Written before the application signed events (an upgraded installation).
    await asOwner(trail.orm.em.fork(), forgedRow(), forgedRow(), forgedRow());
    for (let i = 0; i < 3; i++) await anAuditEvent(trail.orm, anActor());
    expect(await trail.verify()).toMatchObject({ valid: true, signaturesChecked: 6, unsignedBeforeSigning: 3 });
    await trail.anchor();

    // Unsigned after a signed event: not history.
    await asOwner(trail.orm.em.fork(), forgedRow());
    expect(await trail.verify()).toMatchObject({ valid: false, problem: 'event-not-signed', firstBrokenSeq: '7' });

    // Stripping every signature changes the hashes (they cover the signature): the re-chained trail no longer
    // matches the checkpoint.
    await asOwner(
      trail.orm.em.fork(),
      UNLOCK_AUDIT,
      'update audit_event set signature = null, signature_key_id = null',
      LOCK_AUDIT,
    );
    expect((await verifyAuditChain(trail.orm.em.fork())).valid).toBe(false);
    await asOwner(trail.orm.em.fork(), UNLOCK_AUDIT, rechainAuditFrom(1), LOCK_AUDIT);
    expect((await verifyAuditChain(trail.orm.em.fork())).valid).toBe(true);
    expect(await trail.verify()).toMatchObject({ valid: false, problem: 'rewritten-since-checkpoint' });
  });

  it('verifies events signed before a key rotation while the old public key is listed', async () => {
    trail = await aTrail('rotation');
    const before = keyOf(3);
    const after = keyOf(4);
    await eventsSignedWith(trail.orm, before, 2);
    await eventsSignedWith(trail.orm, after, 2);
    expect(await trail.verify([after, before])).toMatchObject({ valid: true, signaturesChecked: 4 });
    expect(await trail.verify([after])).toMatchObject({
      valid: false,
      problem: 'event-not-signed',
      firstBrokenSeq: '1',
    });
  });
});
