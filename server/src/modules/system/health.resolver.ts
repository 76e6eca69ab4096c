import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { Health } from './health.types';
import { readHealth } from './health.service';

@Resolver()
export class HealthResolver {
  @Public()
  @Query(() => Health, {
    description:
      "Liveness of the API and its database; open to everyone. In production only signed-in callers learn the database's exact version",
  })
  health(@Ctx() { em, actor, config }: RequestContext): Promise<Health> {
    // The exact build tells an attacker which published vulnerabilities apply: not for anonymous callers.
    return readHealth(em, { exactDatabaseVersion: config.env !== 'production' || actor !== null });
  }
}
