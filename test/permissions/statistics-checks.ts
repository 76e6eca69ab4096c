import { Referral } from '../../server/src/modules/referrals';
import type { TestServer } from '../support/test-server';
import { type Caller, DeniedError, sentReferral } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

const STATISTICS = `query ($input: ReferralStatisticsInput!) { referralStatistics(input: $input) { total { count } } }`;

/**
 * Does a referral of the relation count in any figure the actor may ask for? Each scope (the region, the
 * referral's mechanism, the actor's agency) is asked for the one millisecond the referral was sent in: a total
 * of 0 means not counted; a count, or a suppressed one (null: 1 is below every threshold), means counted.
 */
export function statisticsChecks(server: TestServer) {
  const referralOf = new Map<Relation, Promise<string>>();
  return {
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
