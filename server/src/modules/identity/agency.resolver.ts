import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { related } from '../../platform/orm/read-records';
import { Agency } from './agency.entity';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { createAgency, findAgency, listAgencies, updateAgency } from './agency.service';
import { Country } from './country.entity';

@Resolver(() => Agency)
export class AgencyResolver {
  @SignedIn()
  @Query(() => [Agency], { description: 'Agencies the caller may see: active ones, plus all for platform admins' })
  agencies(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter?: AgencyFilter,
  ): Promise<Agency[]> {
    return listAgencies(context, filter ?? {});
  }

  @SignedIn()
  @Query(() => Agency, { nullable: true })
  agency(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Agency | null> {
    return findAgency(context, id);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Agency)
  createAgency(@Ctx() context: RequestContext, @Arg('input') input: CreateAgencyInput): Promise<Agency> {
    return createAgency(context, input);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Agency)
  updateAgency(@Ctx() context: RequestContext, @Arg('input') input: UpdateAgencyInput): Promise<Agency> {
    return updateAgency(context, input);
  }

  @FieldResolver(() => Country)
  country(@Root() agency: Agency): Country | Promise<Country> {
    return related(agency.country)!;
  }
}
