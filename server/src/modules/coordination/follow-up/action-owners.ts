import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../../../platform/authz/access';
import type { RequestContext } from '../../../platform/context';
import { badInput, notFound } from '../../../platform/graphql/errors';
import { Mechanism, User } from '../../identity';
import { FOCAL_POINT_ROLES } from '../coordination.policy';
import { ActionItem } from '../action-item.entity';
import { isUuid } from '../meeting.access';

/**
 * A person an action item may be owed by: a focal point of the owner agency, by name only. Nothing else about
 * them (no e-mail, no roles): the secretariat needs a name to pick, and the action page shows that name.
 */
@ObjectType({ description: 'A focal point of an owner agency, who may own an action item: id and name only' })
export class ActionOwnerCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

/** The users who may own an action of `agencyId`: its active focal points (FOCAL_POINT_ROLES). */
export async function focalPointsOf(em: EntityManager, agencyId: string): Promise<ActionOwnerCandidate[]> {
  const users = await em.find(
    User,
    { agency: agencyId, active: true, roles: { $overlap: [...FOCAL_POINT_ROLES] } },
    { fields: ['id', 'name'], orderBy: { name: 'asc', id: 'asc' }, limit: 200 },
  );
  return users.map((user) => ({ id: user.id, name: user.name }));
}

/** Whether `userId` may own an action owed by `agencyId` (the same rule as the list the form offers). */
export async function mayOwnActionOf(em: EntityManager, userId: string, agencyId: string): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const count = await em.count(User, {
    id: userId,
    agency: agencyId,
    active: true,
    roles: { $overlap: [...FOCAL_POINT_ROLES] },
  });
  return count > 0;
}

/**
 * The focal points of a member agency of a mechanism, for whoever may assign that mechanism's action items (its
 * secretariat). Everyone else, and any mechanism they cannot assign in, gets NOT_FOUND, as for a missing one.
 */
export async function actionOwnerCandidates(
  context: RequestContext,
  mechanismId: string,
  agencyId: string,
): Promise<ActionOwnerCandidate[]> {
  const { em, ability } = context;
  if (
    !isUuid(mechanismId) ||
    !ability.can('create', { __subjectType: 'ActionItem', mechanism: { id: mechanismId } } as never)
  )
    throw notFound('Mechanism');
  const mechanism = await em.findOne(Mechanism, { id: mechanismId }, { populate: ['memberAgencies'] });
  if (!mechanism) throw notFound('Mechanism');
  const members = new Set([mechanism.secretariatAgency.id, ...mechanism.memberAgencies.getItems().map((a) => a.id)]);
  if (!members.has(agencyId)) throw badInput({ agencyId: 'error.coordination.notMember' });
  return focalPointsOf(em, agencyId);
}

@Resolver()
export class ActionOwnersResolver {
  @SignedIn()
  @Query(() => [ActionOwnerCandidate], {
    description: "The focal points of a member agency who may own an action item (the mechanism's secretariat only)",
  })
  actionOwnerCandidates(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('agencyId', () => ID) agencyId: string,
    @Ctx() context: RequestContext,
  ): Promise<ActionOwnerCandidate[]> {
    return actionOwnerCandidates(context, mechanismId, agencyId);
  }
}

/**
 * The owner person's name, for everyone who reads the action (ADR 0032): the secretariat named them as the
 * agency's focal point for this action, so fellow members know whom to ask. Their other details stay private.
 */
@Resolver(() => ActionItem)
export class ActionOwnerNameResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The name of the owner person, if one was named' })
  async ownerUserName(@Root() action: ActionItem): Promise<string | null> {
    if (!action.ownerUser) return null;
    return ((await action.ownerUser.load({ dataloader: true })) as User | null)?.name ?? null;
  }
}
