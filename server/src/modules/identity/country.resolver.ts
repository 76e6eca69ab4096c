import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public, RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Country } from './country.entity';
import { CreateCountryInput, UpdateCountryInput } from './country.inputs';
import { createCountry, listCountries, updateCountry } from './country.service';

@Resolver(() => Country)
export class CountryResolver {
  @Public()
  @Query(() => [Country], { description: 'Countries on the portal, by code; public reference data' })
  countries(@Ctx() context: RequestContext): Promise<Country[]> {
    return listCountries(context);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Country)
  createCountry(@Ctx() context: RequestContext, @Arg('input') input: CreateCountryInput): Promise<Country> {
    return createCountry(context, input);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Country)
  updateCountry(@Ctx() context: RequestContext, @Arg('input') input: UpdateCountryInput): Promise<Country> {
    return updateCountry(context, input);
  }
}

/** Federation: another subgraph (e.g. a national alert list) may reference a Country by its ISO code. */
export function resolveCountryReference(reference: { id: string }, { em }: RequestContext) {
  return em.findOne(Country, { code: reference.id });
}
