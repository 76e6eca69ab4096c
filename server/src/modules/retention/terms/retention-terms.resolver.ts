import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { agencyRetentionReport, setAgencyRetentionTerm } from './retention-terms.service';
import { AgencyRetentionKind, AgencyRetentionReport } from './retention-terms.types';

@Resolver(() => AgencyRetentionReport)
export class RetentionTermsResolver {
  @SignedIn()
  @Query(() => AgencyRetentionReport, {
    description:
      "Your agency's retention terms, what is due for anonymisation and what the sweep did (agency admins, auditors)",
  })
  agencyRetention(@Ctx() context: RequestContext): Promise<AgencyRetentionReport> {
    return agencyRetentionReport(context);
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => AgencyRetentionReport, {
    description:
      "Sets your agency's own term for a kind of record, in whole days within the platform's bounds (minDays…maxDays); null: the platform's term",
  })
  setAgencyRetentionTerm(
    @Arg('kind', () => AgencyRetentionKind) kind: AgencyRetentionKind,
    @Arg('days', () => Int, { nullable: true }) days: number | null,
    @Ctx() context: RequestContext,
  ): Promise<AgencyRetentionReport> {
    return setAgencyRetentionTerm(context, kind, days);
  }
}
