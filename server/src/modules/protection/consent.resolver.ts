import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, notFound } from '../../platform/graphql/errors';
import { Agency, User } from '../identity';
import { ConsentOverride, ConsentText, SurvivorConsent } from './consent.entity';
import { ConsentStatus, ProtectionService } from './consent.enums';
import { ConsentInput, ConsentOverrideInput } from './consent.inputs';
import {
  consentCoverage,
  consentStatus,
  consentsOf,
  currentConsentTexts,
  giveConsentOverride,
  listConsentOverrides,
  recordConsent,
  withdrawConsent,
} from './consent.service';
import { Survivor } from './survivor.entity';
import { getReadableSurvivor } from './survivor.service';

const CASELOAD = [Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR];

@ObjectType({ description: 'Whether sharing with an agency for a purpose is covered now, and by what' })
export class ConsentCheck {
  @Field(() => Boolean)
  covered!: boolean;

  @Field(() => ID, { nullable: true })
  consentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when only a risk-to-life override covers it (flagged)' })
  overrideId!: string | null;
}

@Resolver(() => SurvivorConsent)
export class ConsentResolver {
  @RoleRequired(...CASELOAD)
  @Query(() => [ConsentText], { description: 'The current consent text of each language' })
  consentTexts(@Ctx() { em }: RequestContext): Promise<ConsentText[]> {
    return currentConsentTexts(em);
  }

  @RoleRequired(...CASELOAD)
  @Mutation(() => SurvivorConsent, { description: "Records a survivor's informed consent" })
  recordConsent(@Arg('input', () => ConsentInput) input: ConsentInput, @Ctx() context: RequestContext) {
    return recordConsent(context, input);
  }

  @RoleRequired(...CASELOAD)
  @Mutation(() => SurvivorConsent, { description: 'Withdraws a consent: every recipient loses access at once' })
  withdrawConsent(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return withdrawConsent(context, id);
  }

  @RoleRequired(Role.PROTECTION_SUPERVISOR)
  @Mutation(() => ConsentOverride, { description: 'Shares without consent for a risk to life (flagged, audited)' })
  giveConsentOverride(
    @Arg('input', () => ConsentOverrideInput) input: ConsentOverrideInput,
    @Ctx() context: RequestContext,
  ) {
    return giveConsentOverride(context, input);
  }

  @RoleRequired(...CASELOAD)
  @Query(() => ConsentCheck, { description: 'Is sharing this survivor with this agency for this purpose covered now?' })
  async consentCheck(
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('recipientAgencyId', () => ID) recipientAgencyId: string,
    @Arg('purpose', () => ProtectionService) purpose: ProtectionService,
    @Ctx() context: RequestContext,
  ): Promise<ConsentCheck> {
    const survivor = await getReadableSurvivor(context.em, context.ability, survivorId);
    const recipient = /^[0-9a-f-]{36}$/i.test(recipientAgencyId)
      ? await context.em.findOne(Agency, { id: recipientAgencyId }, { populate: ['country'] })
      : null;
    if (!recipient) throw badInput({ recipientAgencyId: 'error.protection.consent.recipientUnknown' });
    const coverage = await consentCoverage(
      context.em,
      survivor.id,
      { id: recipient.id, kind: recipient.kind, countryCode: recipient.country.unwrap().code },
      purpose,
    );
    return {
      covered: !!(coverage.consent ?? coverage.override),
      consentId: coverage.consent?.id ?? null,
      overrideId: coverage.override?.id ?? null,
    };
  }

  @RoleRequired(Role.AUDITOR, Role.PROTECTION_SUPERVISOR)
  @Query(() => [ConsentOverride], { description: "The agency's risk-to-life overrides, newest first" })
  consentOverrides(
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100' }) first: number,
    @Ctx() context: RequestContext,
  ) {
    return listConsentOverrides(context, first);
  }

  @FieldResolver(() => ConsentStatus, { description: 'ACTIVE, NOT_YET_VALID, EXPIRED or WITHDRAWN, today' })
  status(@Root() consent: SurvivorConsent): ConsentStatus {
    return consentStatus(consent);
  }

  @FieldResolver(() => Agency, { nullable: true })
  recipientAgency(@Root() consent: SurvivorConsent): Promise<Agency> | null {
    return consent.recipientAgency ? (consent.recipientAgency.load({ dataloader: true }) as Promise<Agency>) : null;
  }

  @FieldResolver(() => ConsentText, { description: 'The text read to the person, in the version read' })
  text(@Root() consent: SurvivorConsent): Promise<ConsentText> {
    return consent.text.load({ dataloader: true }) as Promise<ConsentText>;
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return [];
  }
}

@Resolver(() => Survivor)
export class SurvivorConsentsResolver {
  @FieldResolver(() => [SurvivorConsent], { description: "The survivor's consents, newest first" })
  async consents(@Root() survivor: Survivor, @Ctx() context: RequestContext): Promise<SurvivorConsent[]> {
    return consentsOf(context.em, context, survivor);
  }
}

@Resolver(() => ConsentOverride)
export class ConsentOverrideResolver {
  @FieldResolver(() => String, { description: "The survivor's pseudonymous code" })
  async survivorCode(@Root() override: ConsentOverride): Promise<string> {
    const survivor = (await override.survivor.load({ dataloader: true })) as Survivor | null;
    if (!survivor) throw notFound('Survivor');
    return survivor.code;
  }

  @FieldResolver(() => Agency)
  recipientAgency(@Root() override: ConsentOverride): Promise<Agency> {
    return override.recipientAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The supervisor who gave it' })
  givenBy(@Root() override: ConsentOverride): Promise<User | null> {
    return override.givenBy.load({ dataloader: true }) as Promise<User | null>;
  }

  @FieldResolver(() => Boolean, { description: 'Always true: everything an override allows is flagged' })
  flagged(): boolean {
    return true;
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return [];
  }
}
