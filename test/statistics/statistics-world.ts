import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../../server/src/platform/authz/roles';
import { aBorderWorld, type BorderWorld, startTestOrm, type WorldUser } from '../support/factories';

export interface StatisticsWorld {
  orm: MikroORM;
  /** The border whose referrals the figures count. */
  world: BorderWorld;
  /** A second border, with referrals of its own that an agency's figures never count. */
  other: BorderWorld;
  /** A statistician in the receiving country: mechanism and region figures, never exact ones. */
  statistician: WorldUser;
  /** An auditor of the sending agency: refused every figure. */
  auditor: WorldUser;
}

/** The people and borders the statistics tests count for; each test file plants its own referrals in them. */
export async function aStatisticsWorld(): Promise<StatisticsWorld> {
  const { orm } = await startTestOrm();
  const [world, other] = [await aBorderWorld(orm), await aBorderWorld(orm)];
  const statistician = await world.colleagueIn('sameCountry', [Role.STATISTICIAN]);
  const auditor = await world.colleagueIn('sender', [Role.AUDITOR]);
  return { orm, world, other, statistician, auditor };
}
