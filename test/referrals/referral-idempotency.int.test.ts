import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  createReferralDraft,
  Referral,
  ReferralAction,
  ReferralTransition,
  transitionReferral,
} from '../../server/src/modules/referrals';
import {
  aBorderWorld,
  aDraft,
  type BorderWorld,
  contextFor,
  draftInput,
  messageKeyOf,
  outcomeOf,
  startTestOrm,
} from '../support/factories';

describe('retrying a referral request with an idempotency key', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
  });
  afterAll(() => orm.close());

  const asSender = () => contextFor(orm, world.users.senderOfficer);
  const asReceiver = () => contextFor(orm, world.users.receiverOfficer);
  const titled = (title: string) => orm.em.fork().count(Referral, { title });

  it('creates one draft however often the same create is retried', async () => {
    const key = randomUUID();
    const title = `Reintento ${key}`;
    const first = await createReferralDraft(asSender(), draftInput(world, { title }), key);
    const retry = await createReferralDraft(asSender(), draftInput(world, { title }), key);
    expect(retry.id).toBe(first.id);
    expect(await titled(title)).toBe(1);
  });

  it('creates one draft when the same request arrives five times at once', async () => {
    const key = randomUUID();
    const title = `Simultáneo ${key}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createReferralDraft(asSender(), draftInput(world, { title }), key)),
    );
    expect(new Set(results.map((referral) => referral.id)).size).toBe(1);
    expect(await titled(title)).toBe(1);
  });

  it('sends once: a retried send returns the sent referral, with one number and one history entry', async () => {
    const { id } = await aDraft(orm, world);
    const key = randomUUID();
    const first = await transitionReferral(asSender(), {
      referralId: id,
      action: ReferralAction.SEND,
      idempotencyKey: key,
    });
    const retries = await Promise.all(
      Array.from({ length: 3 }, () =>
        transitionReferral(asSender(), { referralId: id, action: ReferralAction.SEND, idempotencyKey: key }),
      ),
    );
    expect(retries.map((referral) => referral.reference)).toEqual([first.reference, first.reference, first.reference]);
    expect(await orm.em.fork().count(ReferralTransition, { referral: id, action: 'send' })).toBe(1);
  });

  it('without a key, a repeated step is refused as a conflict (the referral has moved on)', async () => {
    const { id } = await aDraft(orm, world);
    await transitionReferral(asSender(), { referralId: id, action: ReferralAction.SEND });
    expect(await outcomeOf(transitionReferral(asSender(), { referralId: id, action: ReferralAction.SEND }))).toBe(
      'CONFLICT',
    );
  });

  it('refuses a key reused for another operation', async () => {
    const key = randomUUID();
    const { id } = await createReferralDraft(asSender(), draftInput(world), key);
    expect(
      await messageKeyOf(
        transitionReferral(asSender(), { referralId: id, action: ReferralAction.SEND, idempotencyKey: key }),
      ),
    ).toBe('error.idempotencyKey.reused');
  });

  it('keeps keys per user: the receiver may use the string the sender used', async () => {
    const key = randomUUID();
    const { id } = await aDraft(orm, world);
    await transitionReferral(asSender(), { referralId: id, action: ReferralAction.SEND, idempotencyKey: key });
    const acknowledged = await transitionReferral(asReceiver(), {
      referralId: id,
      action: ReferralAction.ACKNOWLEDGE,
      idempotencyKey: key,
    });
    expect(acknowledged.status).toBe('ACKNOWLEDGED');
  });

  it('does not use up a key on a request that failed', async () => {
    const key = randomUUID();
    const { id } = await aDraft(orm, world);
    const early = transitionReferral(asReceiver(), {
      referralId: id,
      action: ReferralAction.ACKNOWLEDGE,
      idempotencyKey: key,
    });
    expect(await outcomeOf(early)).toBe('NOT_FOUND');
    await transitionReferral(asSender(), { referralId: id, action: ReferralAction.SEND });
    const later = await transitionReferral(asReceiver(), {
      referralId: id,
      action: ReferralAction.ACKNOWLEDGE,
      idempotencyKey: key,
    });
    expect(later.status).toBe('ACKNOWLEDGED');
  });

  it('refuses a malformed key', async () => {
    expect(await messageKeyOf(createReferralDraft(asSender(), draftInput(world), 'not a key!'))).toEqual({
      idempotencyKey: 'error.idempotencyKey.invalid',
    });
  });
});
