import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { verifyAuditChain } from './audit-chain.service';
import { AuditEvent } from './audit-event.entity';
import { listAuditTrail, listDataOwnerAccess, type AuditReader } from './audit-query.service';
import { AuditTrailArgs, DataOwnerAccessArgs } from './audit.inputs';
import { AuditChainVerification, AuditEventConnection } from './audit.types';

/** RoleRequired guarantees a signed-in actor. */
const readerOf = ({ em, actor, ability }: RequestContext): AuditReader => ({ em, actor: actor!, ability });

@Resolver(() => AuditEvent)
export class AuditResolver {
  @RoleRequired(Role.AUDITOR)
  @Query(() => AuditEventConnection, { description: "What your agency's users and API tokens did, newest first" })
  auditTrail(
    @Args(() => AuditTrailArgs) { filter, ...page }: AuditTrailArgs,
    @Ctx() context: RequestContext,
  ): Promise<AuditEventConnection> {
    return listAuditTrail(readerOf(context), page, filter);
  }

  @RoleRequired(Role.AUDITOR)
  @Query(() => AuditEventConnection, {
    description: "Who in other agencies and countries read or changed your agency's records, newest first",
  })
  dataOwnerAccessLog(
    @Args(() => DataOwnerAccessArgs) { filter, ...page }: DataOwnerAccessArgs,
    @Ctx() context: RequestContext,
  ): Promise<AuditEventConnection> {
    return listDataOwnerAccess(readerOf(context), page, filter);
  }

  @RoleRequired(Role.AUDITOR, Role.PLATFORM_ADMIN)
  @Query(() => AuditChainVerification, {
    description: 'Recomputes every hash of the audit trail: detects edited and removed events',
  })
  verifyAuditChain(@Ctx() { em }: RequestContext): Promise<AuditChainVerification> {
    return verifyAuditChain(em);
  }
}
