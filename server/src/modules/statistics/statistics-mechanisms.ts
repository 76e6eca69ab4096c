import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { unauthenticated } from '../../platform/graphql/errors';
import { CrossingPoint, LocalizedNames, Mechanism } from '../identity';

@ObjectType({ description: 'A crossing point as a statistics table names it' })
export class StatisticsPlace {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'A mechanism the caller may ask figures of: its names and crossing points, no members' })
export class StatisticsMechanism {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedNames)
  names!: LocalizedNames;

  @Field(() => [StatisticsPlace])
  crossingPoints!: StatisticsPlace[];
}

/**
 * The mechanisms whose figures the caller may ask for (every one for a STATISTICIAN, their agency's otherwise):
 * the choices of the statistics screen and the names of its MECHANISM and CROSSING_POINT rows, which carry ids.
 */
export async function statisticsMechanisms(context: RequestContext): Promise<StatisticsMechanism[]> {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  const own = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  const where = actor.roles.includes(Role.STATISTICIAN) ? {} : { id: { $in: own } };
  const mechanisms = await context.em.find(Mechanism, where, { orderBy: { id: 'asc' } });
  const points = await context.em.find(
    CrossingPoint,
    { mechanism: { $in: mechanisms.map((m) => m.id) } },
    { orderBy: { name: 'asc' } },
  );
  return mechanisms.map((mechanism) => ({
    id: mechanism.id,
    names: mechanism.names,
    crossingPoints: points
      .filter((point) => point.mechanism.id === mechanism.id)
      .map((point) => ({ id: point.id, name: point.name })),
  }));
}
