import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { verifyAuditChain } from './audit-chain.service';
import { AuditEvent } from './audit-event.entity';
import { listAuditTrail, listDataOwnerAccess, type AuditReader } from './audit-query.service';
import { AuditTrailArgs, AuditTrailFilter, DataOwnerAccessArgs } from './audit.inputs';
import { exportAuditTrail, peopleOfAgency } from './audit-export.service';
import { AuditChainVerification, AuditEventConnection } from './audit.types';

@ObjectType({ description: "A person of your agency, as the audit trail's filter names them" })
class AuditPerson {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

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

  @RoleRequired(Role.AUDITOR)
  @Query(() => [AuditPerson], { description: 'The people of your agency, to filter its trail by who acted' })
  auditPeople(@Ctx() { em, actor }: RequestContext): Promise<AuditPerson[]> {
    return peopleOfAgency(em, actor!.agencyId);
  }

  @RoleRequired(Role.AUDITOR)
  @Mutation(() => String, {
    description:
      "Your agency's trail, filtered as auditTrail, as CSV (newest first, at most 10,000 rows); the export is audited",
  })
  exportAuditTrail(
    @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter: AuditTrailFilter | undefined,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return exportAuditTrail(context, readerOf(context), filter ?? {});
  }

  @RoleRequired(Role.AUDITOR, Role.PLATFORM_ADMIN)
  @Query(() => AuditChainVerification, {
    description: 'Recomputes every hash of the audit trail: detects edited and removed events',
  })
  verifyAuditChain(@Ctx() { em }: RequestContext): Promise<AuditChainVerification> {
    return verifyAuditChain(em);
  }
}
