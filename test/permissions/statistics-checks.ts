import { Meeting, MeetingKind } from '../../server/src/modules/coordination';
import { User } from '../../server/src/modules/identity';
import { Referral } from '../../server/src/modules/referrals';
import type { TestServer } from '../support/test-server';
import { type Caller, DeniedError, sentReferral } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

const COORDINATION = `query ($input: CoordinationStatisticsInput!) {
  coordinationStatistics(input: $input) { meetingsHeld { total { count } } } }`;
const STATISTICS = `query ($input: ReferralStatisticsInput!) { referralStatistics(input: $input) { total { count } } }`;

/**
 * Does a referral of the relation count in any figure the actor may ask for? Each scope (the region, the
 * referral's mechanism, the actor's agency) is asked for the one millisecond the referral was sent in: a total
 * of 0 means not counted; a count, or a suppressed one (null: 1 is below every threshold), means counted.
 */
export function statisticsChecks(server: TestServer) {
  const referralOf = new Map<Relation, Promise<string>>();
  /** A meeting held yesterday in the relation's mechanism (OWN_AGENCY and FELLOW: the actor's agency's). */
  const meetingIn = async (world: MatrixWorld, relation: Relation) => {
    const mechanism = world.mechanismOf[relation === 'FOREIGN_NON_MEMBER' ? relation : 'FELLOW_MECHANISM_MEMBER']!;
    const em = server.server.orm.em.fork();
    const startsAt = new Date(Date.now() - 86_400_000 - Math.floor(Math.random() * 1_000_000));
    em.create(Meeting, {
      mechanism: mechanism.id,
      title: 'Matrix figures meeting',
      kind: MeetingKind.ORDINARY,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      timeZone: 'America/Guatemala',
      placeText: 'Tecún Umán',
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return { mechanismId: mechanism.id, startsAt };
  };
  return {
    'CoordinationFigures:count': async (api: Caller, world: MatrixWorld, relation: Relation) => {
      const { mechanismId, startsAt } = await meetingIn(world, relation);
      const period = { from: startsAt.toISOString(), to: new Date(startsAt.getTime() + 1).toISOString() };
      for (const scope of [{ scope: 'REGION' }, { scope: 'MECHANISM', mechanismId }, { scope: 'AGENCY' }]) {
        try {
          const data = await api<{ coordinationStatistics: { meetingsHeld: { total: { count: number | null } } } }>(
            COORDINATION,
            { input: { ...scope, ...period } },
          );
          if (data.coordinationStatistics.meetingsHeld.total.count !== 0) return true;
        } catch (error) {
          if (!(error instanceof DeniedError)) throw error;
        }
      }
      return false;
    },
    'ReferralFigures:count': async (api: Caller, world: MatrixWorld, relation: Relation) => {
      if (!referralOf.has(relation)) referralOf.set(relation, sentReferral(server, world, relation));
      const id = await referralOf.get(relation)!;
      const referral = await server.server.orm.em.fork().findOneOrFail(Referral, id);
      const from = new Date(referral.sentAt!.getTime());
      const period = { from: from.toISOString(), to: new Date(from.getTime() + 1).toISOString() };
      const scopes = [
        { scope: 'REGION' },
        { scope: 'MECHANISM', mechanismId: referral.mechanism.id },
        { scope: 'AGENCY' },
      ];
      for (const scope of scopes) {
        try {
          const data = await api<{ referralStatistics: { total: { count: number | null } } }>(STATISTICS, {
            input: { ...scope, ...period },
          });
          if (data.referralStatistics.total.count !== 0) return true;
        } catch (error) {
          if (!(error instanceof DeniedError)) throw error;
        }
      }
      return false;
    },
  };
}
