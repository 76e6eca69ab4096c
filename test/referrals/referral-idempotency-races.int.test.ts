import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  REFERRAL_TRANSITIONS,
  ReferralSide,
  ReferralTransition,
  transitionReferral,
} from '../../server/src/modules/referrals';
import { postReferralMessage } from '../../server/src/modules/referrals/conversation/conversation.service';
import { ReferralMessage } from '../../server/src/modules/referrals/conversation/referral-message.entity';
import { ReferralOutcome } from '../../server/src/modules/referrals/referral.enums';
import { aBorderWorld, type BorderWorld, contextFor, referralIn, startTestOrm } from '../support/factories';

/**
 * A client that times out retries while its first request is still running: both requests carry the same
 * key and overlap. Whatever the mutation, both must get the first request's answer and it must act once.
 */
describe('overlapping retries with the same idempotency key', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
  });
  afterAll(() => orm.close());

  it.each(REFERRAL_TRANSITIONS.map((rule) => [rule.action, rule] as const))(
    '%s: five overlapping pairs each answer the same referral, one step taken',
    async (_action, rule) => {
      const who = rule.side === ReferralSide.SENDER ? world.users.senderOfficer : world.users.receiverOfficer;
      for (let pair = 0; pair < 5; pair += 1) {
        const referralId = await referralIn(orm, world, rule.from[0]!);
        const key = randomUUID();
        const step = {
          referralId,
          action: rule.action,
          idempotencyKey: key,
          reason: 'Sin competencia territorial',
          outcome: ReferralOutcome.INFORMATION_PROVIDED,
        };
        const [first, retry] = await Promise.all([
          transitionReferral(contextFor(orm, who), step),
          transitionReferral(contextFor(orm, who), step),
        ]);
        expect([first.status, retry.status]).toEqual([rule.to, rule.to]);
        expect(retry.id).toBe(first.id);
        expect(await orm.em.fork().count(ReferralTransition, { referral: referralId, action: rule.action })).toBe(1);
      }
    },
  );

  it('posts a message once: overlapping and later retries answer the same message', async () => {
    const referralId = await referralIn(orm, world, REFERRAL_TRANSITIONS[0]!.to);
    const key = randomUUID();
    const message = { referralId, body: '¿Pueden confirmar la hora del traslado?', idempotencyKey: key };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => postReferralMessage(contextFor(orm, world.users.senderOfficer), message)),
    );
    const later = await postReferralMessage(contextFor(orm, world.users.senderOfficer), message);
    expect(new Set([...answers, later].map((posted) => posted.id)).size).toBe(1);
    expect(await orm.em.fork().count(ReferralMessage, { referral: referralId })).toBe(1);
  });

  it('posts two messages for two keys, and one per request without a key', async () => {
    const referralId = await referralIn(orm, world, REFERRAL_TRANSITIONS[0]!.to);
    const post = (idempotencyKey?: string) =>
      postReferralMessage(contextFor(orm, world.users.senderOfficer), {
        referralId,
        body: 'Recibido.',
        idempotencyKey,
      });
    await Promise.all([post(randomUUID()), post(randomUUID()), post(), post()]);
    expect(await orm.em.fork().count(ReferralMessage, { referral: referralId })).toBe(4);
  });
});
