import type { MikroORM } from '@mikro-orm/postgresql';
import {
  REFERRAL_TRANSITIONS,
  Referral,
  ReferralSide,
  ReferralStatus,
  transitionReferral,
} from '../../server/src/modules/referrals';
import { ReferralOutcome } from '../../server/src/modules/referrals/referral.enums';
import {
  aBorderWorld,
  aDraft,
  type BorderWorld,
  contextFor,
  messageKeyOf,
  outcomeOf,
  referralIn,
  startTestOrm,
} from '../support/factories';
import { at } from '../support/indexing';

/**
 * Walks the whole lifecycle table: every step, from every status, by the sending and the receiving side's
 * liaison officer. The expected answer is derived from the same table the service uses.
 */
describe('the referral lifecycle', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
  });
  afterAll(() => orm.close());

  const cases = REFERRAL_TRANSITIONS.flatMap((rule) =>
    Object.values(ReferralStatus).flatMap((status) =>
      Object.values(ReferralSide).map((side) => ({ rule, status, side })),
    ),
  );

  it.each(cases)('$rule.action from $status by the $side side', async ({ rule, status, side }) => {
    const id = await referralIn(orm, world, status);
    const officer = side === ReferralSide.SENDER ? world.users.senderOfficer : world.users.receiverOfficer;
    const result = await outcomeOf(
      transitionReferral(contextFor(orm, officer), {
        referralId: id,
        action: rule.action,
        reason: 'No competence over this route',
        outcome: ReferralOutcome.ARRESTS_MADE,
      }),
    );
    // Drafts are the sender's alone: to the receiver they do not exist.
    const expected =
      status === ReferralStatus.DRAFT && side === ReferralSide.RECEIVER
        ? 'NOT_FOUND'
        : side !== rule.side
          ? 'FORBIDDEN'
          : rule.from.includes(status)
            ? 'OK'
            : 'CONFLICT';
    expect(result).toBe(expected);
    const after = await orm.em.fork().findOneOrFail(Referral, id);
    expect(after.status).toBe(expected === 'OK' ? rule.to : status);
  });

  it('lets only liaison officers take steps: a case worker of the receiving agency may read but not acknowledge', async () => {
    const id = await referralIn(orm, world, ReferralStatus.SENT);
    const caseWorker = contextFor(orm, world.users.receiverCaseWorker);
    expect(await outcomeOf(transitionReferral(caseWorker, { referralId: id, action: rule('acknowledge') }))).toBe(
      'FORBIDDEN',
    );
  });

  it('requires a reason to decline or withdraw and an outcome to close', async () => {
    const receiver = contextFor(orm, world.users.receiverOfficer);
    const acknowledged = await referralIn(orm, world, ReferralStatus.ACKNOWLEDGED);
    expect(
      await messageKeyOf(transitionReferral(receiver, { referralId: acknowledged, action: rule('decline') })),
    ).toEqual({ reason: 'error.referral.reasonRequired' });
    const sent = await referralIn(orm, world, ReferralStatus.SENT);
    const sender = contextFor(orm, world.users.senderOfficer);
    expect(
      await messageKeyOf(transitionReferral(sender, { referralId: sent, action: rule('withdraw'), reason: '  ' })),
    ).toEqual({ reason: 'error.referral.reasonRequired' });
    const inProgress = await referralIn(orm, world, ReferralStatus.IN_PROGRESS);
    expect(await messageKeyOf(transitionReferral(receiver, { referralId: inProgress, action: rule('close') }))).toEqual(
      {
        outcome: 'error.referral.outcomeRequired',
      },
    );
  });

  it('keeps every step in the history, with who, when, comment, reason and outcome, and audits it', async () => {
    const { id } = await aDraft(orm, world);
    const sender = () => contextFor(orm, world.users.senderOfficer);
    const receiver = () => contextFor(orm, world.users.receiverOfficer);
    const steps: [() => ReturnType<typeof contextFor>, string, object][] = [
      [sender, 'send', { comment: 'Urgente, favor confirmar' }],
      [receiver, 'acknowledge', {}],
      [receiver, 'accept', { comment: 'Asignado a la unidad de Tapachula' }],
      [receiver, 'start', {}],
      [receiver, 'close', { outcome: ReferralOutcome.ARRESTS_MADE, comment: 'Dos detenidos' }],
    ];
    const audited = [];
    for (const [who, action, details] of steps) {
      const context = who();
      await transitionReferral(context, { referralId: id, action: rule(action), ...details });
      audited.push(...context.audited);
    }
    const closed = await orm.em.fork().findOneOrFail(Referral, id, { populate: ['history'] });
    expect(closed.status).toBe(ReferralStatus.CLOSED);
    expect(closed.outcome).toBe(ReferralOutcome.ARRESTS_MADE);
    expect(closed.history.getItems().map((step) => [step.fromStatus, step.toStatus, step.byAgency.id])).toEqual([
      [ReferralStatus.DRAFT, ReferralStatus.SENT, world.agencies.sender.id],
      [ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, world.agencies.receiver.id],
      [ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, world.agencies.receiver.id],
      [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, world.agencies.receiver.id],
      [ReferralStatus.IN_PROGRESS, ReferralStatus.CLOSED, world.agencies.receiver.id],
    ]);
    expect(at(closed.history.getItems(), 0).comment).toBe('Urgente, favor confirmar');
    expect(at(closed.history.getItems(), 0).byUser?.id).toBe(world.users.senderOfficer.user.id);
    expect(at(closed.history.getItems(), 4).outcome).toBe(ReferralOutcome.ARRESTS_MADE);
    expect(audited.map((entry) => [entry.action, entry.details?.from, entry.details?.to, entry.ownerAgencyId])).toEqual(
      [
        ['referral.send', 'DRAFT', 'SENT', world.agencies.sender.id],
        ['referral.acknowledge', 'SENT', 'ACKNOWLEDGED', world.agencies.sender.id],
        ['referral.accept', 'ACKNOWLEDGED', 'ACCEPTED', world.agencies.sender.id],
        ['referral.start', 'ACCEPTED', 'IN_PROGRESS', world.agencies.sender.id],
        ['referral.close', 'IN_PROGRESS', 'CLOSED', world.agencies.sender.id],
      ],
    );
  });

  it('keeps the decline reason on the referral', async () => {
    const id = await referralIn(orm, world, ReferralStatus.ACKNOWLEDGED);
    const declined = await transitionReferral(contextFor(orm, world.users.receiverOfficer), {
      referralId: id,
      action: rule('decline'),
      reason: 'Fuera de nuestra competencia',
    });
    expect([declined.status, declined.statusReason, declined.dueAt]).toEqual([
      ReferralStatus.DECLINED,
      'Fuera de nuestra competencia',
      null,
    ]);
  });
});

function rule(action: string) {
  return REFERRAL_TRANSITIONS.find((candidate) => candidate.action === action)!.action;
}
