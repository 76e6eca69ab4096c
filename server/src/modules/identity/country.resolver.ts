import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { Country } from './country.entity';

@Resolver(() => Country)
export class CountryResolver {
  @Public()
  @Query(() => [Country], { description: 'Countries on the portal, by code; public reference data' })
  countries(@Ctx() { em }: RequestContext): Promise<Country[]> {
    return em.find(Country, {}, { orderBy: { code: 'asc' } });
  }
}

/** Federation: another subgraph (e.g. a national alert list) may reference a Country by its ISO code. */
export function resolveCountryReference(reference: { id: string }, { em }: RequestContext) {
  return em.findOne(Country, { code: reference.id });
}
