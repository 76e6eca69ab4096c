import type { MikroORM } from '@mikro-orm/postgresql';
import { Agency, Mechanism } from '../../server/src/modules/identity';
import {
  createReferralDraft,
  Referral,
  ReferralAction,
  ReferralStatus,
  ReferralUrgency,
  transitionReferral,
  updateReferralDraft,
} from '../../server/src/modules/referrals';
import { configureDeadlines, mechanismDeadlines } from '../../server/src/modules/referrals/referral-deadline.service';
import { formatReference, yearIn } from '../../server/src/modules/referrals/referral-reference';
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
import { at } from '../support/indexing';

const HOUR = 3_600_000;

describe('sending a referral', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
  });
  afterAll(() => orm.close());

  const send = (id: string) =>
    transitionReferral(contextFor(orm, world.users.senderOfficer), { referralId: id, action: ReferralAction.SEND });

  it('numbers it <sender>-<receiver>-<year>-<6 digits> and gives drafts no number', async () => {
    const { id, reference } = await aDraft(orm, world);
    expect(reference).toBeNull();
    const sent = await send(id);
    expect(sent.reference).toMatch(new RegExp(`^GT-MX-${yearIn('America/Guatemala', sent.sentAt!)}-\\d{6}$`));
    expect(formatReference('GT', 'MX', 2026, 42)).toBe('GT-MX-2026-000042');
  });

  it('gives 20 referrals sent at the same moment 20 consecutive numbers, without gaps or repeats', async () => {
    const drafts = await Promise.all(Array.from({ length: 20 }, () => aDraft(orm, world)));
    const before = await lastNumber();
    const sent = await Promise.all(drafts.map((each) => send(each.id)));
    const numbers = sent.map((referral) => Number(referral.reference!.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => before + index + 1));
  });

  it('gives back the number of a send that fails, so the sequence stays gap-free', async () => {
    const failing = await aDraft(orm, world);
    await orm.em.fork().nativeUpdate(Agency, { id: world.agencies.receiver.id }, { active: false });
    const before = await lastNumber();
    expect(await messageKeyOf(send(failing.id))).toEqual({
      'input.receivingAgencyId': 'error.referral.receivingAgencyUnknown',
    });
    await orm.em.fork().nativeUpdate(Agency, { id: world.agencies.receiver.id }, { active: true });
    const next = await send((await aDraft(orm, world)).id);
    expect(Number(next.reference!.slice(-6))).toBe(before + 1);
  });

  it('starts the default clocks: an URGENT referral is acknowledged within 24 hours and answered within 3 days', async () => {
    const sent = await send((await aDraft(orm, world, { urgency: ReferralUrgency.URGENT })).id);
    expect(sent.acknowledgeBy!.getTime() - sent.sentAt!.getTime()).toBe(24 * HOUR);
    expect(sent.answerBy!.getTime() - sent.sentAt!.getTime()).toBe(72 * HOUR);
    expect(sent.dueAt).toEqual(sent.acknowledgeBy);
    const acknowledged = await transitionReferral(contextFor(orm, world.users.receiverOfficer), {
      referralId: sent.id,
      action: ReferralAction.ACKNOWLEDGE,
    });
    expect(acknowledged.dueAt).toEqual(sent.answerBy);
  });

  it("uses the mechanism's own deadlines once its secretariat sets them", async () => {
    const secretariat = contextFor(orm, world.users.secretariat);
    const rules = await configureDeadlines(secretariat, world.mechanism.id, [
      { urgency: ReferralUrgency.IMMEDIATE, acknowledgeWithinMinutes: 60, answerWithinMinutes: 240 },
    ]);
    expect(rules.map((rule) => [rule.urgency, rule.acknowledgeWithinMinutes, rule.configured])).toEqual([
      [ReferralUrgency.IMMEDIATE, 60, true],
      [ReferralUrgency.URGENT, 24 * 60, false],
      [ReferralUrgency.ROUTINE, 3 * 24 * 60, false],
    ]);
    const sent = await send((await aDraft(orm, world, { urgency: ReferralUrgency.IMMEDIATE })).id);
    expect(sent.acknowledgeBy!.getTime() - sent.sentAt!.getTime()).toBe(HOUR);
    expect(sent.answerBy!.getTime() - sent.sentAt!.getTime()).toBe(4 * HOUR);
    expect(secretariat.audited.map((entry) => entry.action)).toEqual(['referral.deadlines.configure']);
  });

  it('lets only the secretariat of the mechanism set deadlines, and only sensible ones', async () => {
    const rule = { urgency: ReferralUrgency.ROUTINE, acknowledgeWithinMinutes: 60, answerWithinMinutes: 120 };
    expect(
      await outcomeOf(configureDeadlines(contextFor(orm, world.users.senderOfficer), world.mechanism.id, [rule])),
    ).toBe('FORBIDDEN');
    expect(
      await outcomeOf(configureDeadlines(contextFor(orm, world.users.foreignOfficer), world.mechanism.id, [rule])),
    ).toBe('NOT_FOUND');
    const backwards = { ...rule, answerWithinMinutes: 30 };
    expect(
      await messageKeyOf(configureDeadlines(contextFor(orm, world.users.secretariat), world.mechanism.id, [backwards])),
    ).toEqual({ 'deadlines.0': 'error.referral.deadlineInvalid' });
    expect(await mechanismDeadlines(contextFor(orm, world.users.receiverOfficer), world.mechanism.id)).toHaveLength(3);
  });

  async function lastNumber(): Promise<number> {
    const rows: { last_value: number }[] = await orm.em
      .fork()
      .execute(`select last_value from gap_free_counter where series = 'referral:GT-MX'`);
    return rows[0]?.last_value ?? 0;
  }
});

describe('who a referral may go to', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
  });
  afterAll(() => orm.close());

  const create = (overrides: Parameters<typeof draftInput>[1]) =>
    messageKeyOf(createReferralDraft(contextFor(orm, world.users.senderOfficer), draftInput(world, overrides)));

  it('refuses an agency of the same country', async () => {
    expect(await create({ receivingAgencyId: world.agencies.sameCountry.id })).toEqual({
      'input.receivingAgencyId': 'error.referral.sameCountry',
    });
  });

  it('refuses a foreign agency that is not a member of the mechanism', async () => {
    expect(await create({ receivingAgencyId: world.agencies.foreign.id })).toEqual({
      'input.mechanismId': 'error.referral.receiverNotMember',
    });
  });

  it('refuses an unknown agency, an unknown mechanism and a crossing point of another mechanism alike', async () => {
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect(await create({ receivingAgencyId: unknown })).toEqual({
      'input.receivingAgencyId': 'error.referral.receivingAgencyUnknown',
    });
    expect(await create({ mechanismId: unknown })).toEqual({ 'input.mechanismId': 'error.referral.mechanismUnknown' });
    expect(await create({ crossingPointId: unknown })).toEqual({
      'input.crossingPointId': 'error.referral.crossingPointNotInMechanism',
    });
  });

  it('refuses a sender outside the mechanism', async () => {
    const outsider = contextFor(orm, world.users.sameCountryOfficer);
    expect(await messageKeyOf(createReferralDraft(outsider, draftInput(world)))).toEqual({
      'input.mechanismId': 'error.referral.senderNotMember',
    });
  });

  it('checks again when sending: a mechanism deactivated after drafting stops the send', async () => {
    const { id } = await aDraft(orm, world);
    await orm.em.fork().nativeUpdate(Mechanism, { id: world.mechanism.id }, { active: false });
    try {
      const sender = contextFor(orm, world.users.senderOfficer);
      expect(await messageKeyOf(transitionReferral(sender, { referralId: id, action: ReferralAction.SEND }))).toEqual({
        'input.mechanismId': 'error.referral.mechanismUnknown',
      });
      expect((await orm.em.fork().findOneOrFail(Referral, id)).status).toBe(ReferralStatus.DRAFT);
    } finally {
      await orm.em.fork().nativeUpdate(Mechanism, { id: world.mechanism.id }, { active: true });
    }
  });

  it('reports every problem of a draft at once, by field, without echoing values', async () => {
    const input = draftInput(world, { title: '  ', narrative: '', informationAccuracy: 5, latitude: 14.6 });
    at(input.persons!, 0).estimatedAge = 200;
    at(input.persons!, 1).nationality = 'Honduras';
    expect(await messageKeyOf(createReferralDraft(contextFor(orm, world.users.senderOfficer), input))).toEqual({
      'input.title': 'error.referral.titleRequired',
      'input.narrative': 'error.referral.narrativeRequired',
      'input.informationAccuracy': 'error.referral.informationAccuracyInvalid',
      'input.latitude': 'error.referral.coordinatesInvalid',
      'input.persons.0.estimatedAge': 'error.referral.personAgeInvalid',
      'input.persons.1.nationality': 'error.referral.personNationalityInvalid',
    });
  });

  it('lets the sender edit a draft, replacing its persons, but not once it is sent', async () => {
    const sender = () => contextFor(orm, world.users.senderOfficer);
    const { id } = await aDraft(orm, world);
    const edited = await updateReferralDraft(sender(), id, draftInput(world, { title: 'Nuevo título', persons: [] }));
    expect(edited.title).toBe('Nuevo título');
    expect(await orm.em.fork().count('ReferralPerson', { referral: id })).toBe(0);
    await transitionReferral(sender(), { referralId: id, action: ReferralAction.SEND });
    expect(await messageKeyOf(updateReferralDraft(sender(), id, draftInput(world)))).toBe('error.referral.notDraft');
    expect(
      await outcomeOf(updateReferralDraft(contextFor(orm, world.users.receiverOfficer), id, draftInput(world))),
    ).toBe('FORBIDDEN');
  });
});
