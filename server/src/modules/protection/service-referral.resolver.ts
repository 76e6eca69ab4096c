import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { ConnectionType } from '../../platform/graphql/connection';
import { badInput, notFound } from '../../platform/graphql/errors';
import type { RequestContext } from '../../platform/context';
import { Agency, Mechanism, User } from '../identity';
import { ConsentDataCategory, ProtectionService } from './consent.enums';
import { consentCoverage } from './consent.service';
import { CASELOAD_ROLES } from './protection.policy';
import { DirectoryService } from './directory-service.entity';
import { ReferredSurvivor } from './referred-survivor';
import { ServiceReferral } from './service-referral.entity';
import { ServiceReferralStep, SharedField } from './service-referral.enums';
import { ServiceReferralInput, ServiceReferralsArgs, ServiceReferralStepInput } from './service-referral.inputs';
import {
  availableSteps,
  findReadableServiceReferral,
  isOverdue,
  listServiceReferrals,
  NOTE_PURPOSE,
  referToService,
  serviceReferralsOf,
  stepServiceReferral,
} from './service-referral.service';
import { FIELD_CATEGORY, SHAREABLE_FIELDS, SUGGESTED_FIELDS } from './shared-fields';
import { openForSurvivor } from './survivor-sealing';
import { Survivor } from './survivor.entity';
import { getReadableSurvivor } from './survivor.service';
import { UUID } from '../../platform/ids';

@ObjectType({ description: 'A page of referrals to services, newest first' })
export class ServiceReferralConnection extends ConnectionType(ServiceReferral) {}

@ObjectType({ description: 'A field a referral may carry, and whether consent lets it travel to this recipient' })
export class ReferralFieldOption {
  @Field(() => SharedField)
  field!: SharedField;

  @Field(() => ConsentDataCategory)
  category!: ConsentDataCategory;

  @Field(() => Boolean, { description: 'The consent covering this recipient and service covers its category' })
  allowed!: boolean;

  @Field(() => Boolean, { description: 'Among the minimum the service usually needs (preselected)' })
  suggested!: boolean;
}

@ObjectType({ description: 'What a referral of this survivor to this agency for this service may carry' })
export class ReferralFieldOptions {
  @Field(() => Boolean, { description: 'A consent in force (or an override) covers the recipient and service' })
  covered!: boolean;

  @Field(() => Boolean, { description: 'Only a risk-to-life override covers it: the referral will be flagged' })
  byOverride!: boolean;

  @Field(() => [ReferralFieldOption])
  fields!: ReferralFieldOption[];
}

/** Referrals of survivors to services: sending, the provider's and the sender's boxes, the steps. */
@Resolver(() => ServiceReferral)
export class ServiceReferralResolver {
  @RoleRequired(...CASELOAD_ROLES)
  @Query(() => ServiceReferral, { description: 'A referral to a service sent by or to the caller’s agency' })
  async serviceReferral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ServiceReferral> {
    const referral = await findReadableServiceReferral(context.em, context.ability, id);
    if (!referral) throw notFound('ServiceReferral');
    return referral;
  }

  @RoleRequired(...CASELOAD_ROLES)
  @Query(() => ServiceReferralConnection, { description: 'Referrals to services sent to or by the caller’s agency' })
  serviceReferrals(@Args(() => ServiceReferralsArgs) args: ServiceReferralsArgs, @Ctx() context: RequestContext) {
    return listServiceReferrals(context, args);
  }

  @RoleRequired(...CASELOAD_ROLES)
  @Query(() => ReferralFieldOptions, {
    description: 'The fields a referral of this survivor to this agency for this service may carry (consent)',
  })
  async referralFieldOptions(
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('recipientAgencyId', () => ID) recipientAgencyId: string,
    @Arg('service', () => ProtectionService) service: ProtectionService,
    @Ctx() context: RequestContext,
  ): Promise<ReferralFieldOptions> {
    const survivor = await getReadableSurvivor(context.em, context.ability, survivorId);
    const recipient = UUID.test(recipientAgencyId)
      ? await context.em.findOne(Agency, { id: recipientAgencyId, active: true }, { populate: ['country'] })
      : null;
    if (!recipient) throw badInput({ recipientAgencyId: 'error.protection.referral.recipientUnknown' });
    const coverage = await consentCoverage(
      context.em,
      survivor.id,
      { id: recipient.id, kind: recipient.kind, countryCode: recipient.country.unwrap().code },
      service,
    );
    const allowed = (field: SharedField) =>
      coverage.consent ? coverage.consent.categories.includes(FIELD_CATEGORY[field]) : !!coverage.override;
    return {
      covered: !!(coverage.consent ?? coverage.override),
      byOverride: !coverage.consent && !!coverage.override,
      fields: SHAREABLE_FIELDS.map((field) => ({
        field,
        category: FIELD_CATEGORY[field],
        allowed: allowed(field),
        suggested: SUGGESTED_FIELDS[service].includes(field) && allowed(field),
      })),
    };
  }

  @RoleRequired(...CASELOAD_ROLES)
  @Mutation(() => ServiceReferral, { description: 'Refers a survivor to a service, sharing only the fields chosen' })
  referToService(
    @Arg('input', () => ServiceReferralInput) input: ServiceReferralInput,
    @Ctx() context: RequestContext,
  ) {
    return referToService(context, input);
  }

  @RoleRequired(...CASELOAD_ROLES)
  @Mutation(() => ServiceReferral, { description: 'Accept, decline, report delivery of, or close a referral' })
  stepServiceReferral(
    @Arg('input', () => ServiceReferralStepInput) input: ServiceReferralStepInput,
    @Ctx() context: RequestContext,
  ) {
    return stepServiceReferral(context, input.referralId, input.step, input.text);
  }

  @FieldResolver(() => ReferredSurvivor, { description: 'The survivor as this referral shows them' })
  survivor(@Root() referral: ServiceReferral): ReferredSurvivor {
    return ReferredSurvivor.of(referral);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The note, for the referring agency' })
  async note(@Root() referral: ServiceReferral, @Ctx() context: RequestContext): Promise<string | null> {
    const survivor = (await referral.survivor.load({ dataloader: true })) as Survivor;
    return openForSurvivor(context.config.encryption, survivor, referral.id, NOTE_PURPOSE, referral.sealedNote);
  }

  @FieldResolver(() => Agency, { description: 'The referring agency, which holds the survivor’s record' })
  holdingAgency(@Root() referral: ServiceReferral): Promise<Agency> {
    return referral.holdingAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => Agency, { description: 'The provider' })
  recipientAgency(@Root() referral: ServiceReferral): Promise<Agency> {
    return referral.recipientAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => DirectoryService, { nullable: true, description: "The provider's service, from the directory" })
  directoryService(@Root() referral: ServiceReferral): Promise<DirectoryService | null> | null {
    return referral.directoryService
      ? (referral.directoryService.load({ dataloader: true }) as Promise<DirectoryService | null>)
      : null;
  }

  @FieldResolver(() => Mechanism)
  mechanism(@Root() referral: ServiceReferral): Promise<Mechanism> {
    return referral.mechanism.load({ dataloader: true }) as Promise<Mechanism>;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The case worker who sent it' })
  sentBy(@Root() referral: ServiceReferral): Promise<User | null> {
    return referral.sentBy.load({ dataloader: true }) as Promise<User | null>;
  }

  @FieldResolver(() => Boolean, { description: 'Sent under a risk-to-life override, without consent (flagged)' })
  coveredByOverride(@Root() referral: ServiceReferral): boolean {
    return !!referral.override;
  }

  @FieldResolver(() => Boolean, { description: 'The deadline running in the current status has passed' })
  overdue(@Root() referral: ServiceReferral): boolean {
    return isOverdue(referral);
  }

  @FieldResolver(() => [ServiceReferralStep], { description: 'The steps the caller may take now' })
  availableActions(@Root() referral: ServiceReferral, @Ctx() context: RequestContext): ServiceReferralStep[] {
    return availableSteps(context.ability, referral);
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return [];
  }
}

@Resolver(() => Survivor)
export class SurvivorServiceReferralsResolver {
  @FieldResolver(() => [ServiceReferral], { description: "The survivor's referrals to services, newest first" })
  serviceReferrals(@Root() survivor: Survivor, @Ctx() context: RequestContext): Promise<ServiceReferral[]> {
    return serviceReferralsOf(context, survivor.id);
  }
}

/** Federation: a ServiceReferral reference resolves under the caller's rules, exactly like `serviceReferral`. */
export function resolveServiceReferralReference(reference: { id: string }, { em, ability }: RequestContext) {
  return findReadableServiceReferral(em, ability, reference.id);
}
