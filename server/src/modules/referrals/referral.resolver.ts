import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { selectedFieldsAt } from '../../platform/graphql/selection';
import { related } from '../../platform/orm/read-records';
import { loadCollection } from '../../platform/orm/collection-reads';
import { Agency, Country, CrossingPoint, Mechanism } from '../identity';
import { ReferralPerson } from './referral-person.entity';
import { ReferralTransition } from './referral-transition.entity';
import { availableActionsOf, ReferralAction } from './referral.lifecycle';
import { getReferralOnce, readReferralOnce, type ReferralJoin } from './referral.access';
import { Referral } from './referral.entity';
import { listReferrals } from './referral-inbox.service';
import { ReferralBox, ReferralConnection, ReferralFilter, ReferralSort } from './referral-inbox.types';

/**
 * Reading referrals. Related records are returned as entities (not ORM references) so that the field guard
 * sees their real type; they come from the inbox's joins (read records) or, for single lookups, batched loads.
 */
@Resolver(() => Referral)
export class ReferralResolver {
  @SignedIn()
  @Query(() => Referral, { description: 'One referral the caller may read; NOT_FOUND otherwise' })
  async referral(
    @Arg('id', () => ID) id: string,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral> {
    // The two parties, and an agency holding an ACTIVE forward of it (listed in its forwardedReferrals). Read
    // once for the request (the conversation and forwards of the same document share it), with the related
    // records the client selected joined.
    return getReferralOnce(context, id, joinsSelected(info));
  }

  @SignedIn()
  @Query(() => ReferralConnection, { description: "The caller's agency's inbox or outbox, a page at a time" })
  referrals(
    @Arg('box', () => ReferralBox) box: ReferralBox,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Arg('sort', () => ReferralSort, { defaultValue: ReferralSort.CREATED }) sort: ReferralSort,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReferralConnection> {
    // The referrals may be asked for through edges or nodes (or both): load what either selects.
    const fields = new Set([
      ...(selectedFieldsAt(info, ['edges', 'node']) ?? []),
      ...(selectedFieldsAt(info, ['nodes']) ?? []),
    ]);
    return listReferrals(context, { box, filter, sort, first, after, fields });
  }

  @FieldResolver(() => Agency)
  sendingAgency(@Root() referral: Referral): Agency | Promise<Agency> {
    return related(referral.sendingAgency)!;
  }

  @FieldResolver(() => Agency)
  receivingAgency(@Root() referral: Referral): Agency | Promise<Agency> {
    return related(referral.receivingAgency)!;
  }

  @FieldResolver(() => Country)
  sendingCountry(@Root() referral: Referral): Country | Promise<Country> {
    return related(referral.sendingCountry)!;
  }

  @FieldResolver(() => Country)
  receivingCountry(@Root() referral: Referral): Country | Promise<Country> {
    return related(referral.receivingCountry)!;
  }

  @FieldResolver(() => Mechanism)
  mechanism(@Root() referral: Referral): Mechanism | Promise<Mechanism> {
    return related(referral.mechanism)!;
  }

  @FieldResolver(() => CrossingPoint, { nullable: true })
  crossingPoint(@Root() referral: Referral): CrossingPoint | Promise<CrossingPoint> | null {
    return related(referral.crossingPoint);
  }

  @FieldResolver(() => [ReferralPerson])
  async persons(@Root() referral: Referral, @Ctx() { em }: RequestContext): Promise<ReferralPerson[]> {
    return loadCollection(em, referral, 'persons');
  }

  @FieldResolver(() => [ReferralTransition], { description: 'Every step taken, oldest first' })
  async history(@Root() referral: Referral, @Ctx() { em }: RequestContext): Promise<ReferralTransition[]> {
    return loadCollection(em, referral, 'history');
  }

  @FieldResolver(() => Boolean, { description: 'The deadline running in the current status has passed' })
  overdue(@Root() referral: Referral): boolean {
    return referral.isOverdue();
  }

  @FieldResolver(() => [ReferralAction], {
    description:
      "The lifecycle steps the caller may take now: legal from the referral's status, allowed by their rules",
  })
  availableActions(@Root() referral: Referral, @Ctx() { ability }: RequestContext): ReferralAction[] {
    return availableActionsOf(ability, referral);
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return []; // filled in by the field guard, which sees the caller's rules
  }
}

@Resolver(() => ReferralPerson)
export class ReferralPersonResolver {
  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return []; // filled in by the field guard
  }
}

@Resolver(() => ReferralTransition)
export class ReferralTransitionResolver {
  @FieldResolver(() => Agency, { description: 'The agency whose officer took the step' })
  byAgency(@Root() transition: ReferralTransition): Agency | Promise<Agency> {
    return related(transition.byAgency)!;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The officer's user id (names are shown within their own agency); null when a system acted",
  })
  byUserId(@Root() transition: ReferralTransition): string | null {
    return transition.byUser?.id ?? null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The API token through which the agency's own system took the step; null when a person did",
  })
  byApiTokenId(@Root() transition: ReferralTransition): string | null {
    return transition.byApiToken?.id ?? null;
  }
}

// The to-one relations of a referral its field resolvers return as they are when loaded (`related`).
const JOINABLE = [
  'sendingAgency',
  'receivingAgency',
  'sendingCountry',
  'receivingCountry',
  'mechanism',
  'crossingPoint',
];

/** The relations a `referral` selection asks for, and an agency's country when that is asked for too. */
function joinsSelected(info: GraphQLResolveInfo): ReferralJoin[] {
  const selected = selectedFieldsAt(info, []) ?? new Set<string>();
  const joins: ReferralJoin[] = [];
  for (const name of JOINABLE) if (selected.has(name)) joins.push(name as ReferralJoin);
  for (const agency of ['sendingAgency', 'receivingAgency'] as const)
    if (selected.has(agency) && selectedFieldsAt(info, [agency])?.has('country')) joins.push(`${agency}.country`);
  return joins;
}

/** Federation: another subgraph may reference a Referral; the caller's rules apply exactly as for `referral`. */
export function resolveReferralReference(reference: { id: string }, context: RequestContext) {
  return readReferralOnce(context, reference.id);
}
