import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { Health } from './health.types';
import { readHealth } from './health.service';

@Resolver()
export class HealthResolver {
  @Public()
  @Query(() => Health, { description: 'Liveness of the API and its database; open to everyone' })
  health(@Ctx() { em }: RequestContext): Promise<Health> {
    return readHealth(em);
  }
}
