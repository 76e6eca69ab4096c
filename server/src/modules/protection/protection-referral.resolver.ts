import { Arg, Ctx, FieldResolver, ID, Mutation, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { unauthenticated } from '../../platform/graphql/errors';
import { Agency, AgencyKind, Mechanism } from '../identity';
import { ConsentText } from './consent.entity';
import { currentConsentTexts } from './consent.service';
import { ProtectionReferral } from './protection-referral.entity';
import { BorderReferralConsent, BorderReferralPerson, ProtectionReferralInput } from './protection-referral.inputs';
import { SCREENING_ROLES } from './protection-referral.policy';
import {
  acceptProtectionReferral,
  declineProtectionReferral,
  findReadableProtectionReferral,
  listProtectionReferrals,
  openBorderReferralData,
  referToProtection,
} from './protection-referral.service';
import { CASELOAD_ROLES } from './protection.policy';
import { Screening } from './screening.form';

export enum ProtectionReferralBox {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}
registerEnumType(ProtectionReferralBox, { name: 'ProtectionReferralBox' });

export enum ProtectionReferralAnswer {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}
registerEnumType(ProtectionReferralAnswer, { name: 'ProtectionReferralAnswer' });

const ROLES = [...new Set([...SCREENING_ROLES, ...CASELOAD_ROLES])];

/** Referrals to protection from a border post: send, list, read, accept (opening a survivor record), decline. */
@Resolver(() => ProtectionReferral)
export class ProtectionReferralResolver {
  @RoleRequired(...SCREENING_ROLES)
  @Query(() => [Agency], {
    description: 'Protection agencies the caller’s agency may refer to: members of an active mechanism with it',
  })
  async protectionReferralRecipients(@Ctx() context: RequestContext): Promise<Agency[]> {
    const actor = context.actor;
    if (!actor) throw unauthenticated();
    const mechanisms = await context.em.find(
      Mechanism,
      { active: true, memberAgencies: actor.agencyId },
      { populate: ['memberAgencies'] },
    );
    const members = new Set(mechanisms.flatMap((mechanism) => mechanism.memberAgencies.getIdentifiers() as string[]));
    members.delete(actor.agencyId);
    if (members.size === 0) return [];
    return context.em.find(
      Agency,
      { active: true, kind: AgencyKind.PROTECTION_SERVICES, id: { $in: [...members] } },
      { orderBy: { name: 'asc' } },
    );
  }

  @RoleRequired(...SCREENING_ROLES)
  @Query(() => [ConsentText], { description: 'The consent text to read before a referral to protection, per language' })
  protectionReferralConsentTexts(@Ctx() { em }: RequestContext): Promise<ConsentText[]> {
    return currentConsentTexts(em);
  }

  @RoleRequired(...ROLES)
  @Query(() => [ProtectionReferral], { description: 'The newest 100 referrals to protection received or sent' })
  protectionReferrals(
    @Arg('box', () => ProtectionReferralBox) box: ProtectionReferralBox,
    @Ctx() context: RequestContext,
  ): Promise<ProtectionReferral[]> {
    return listProtectionReferrals(context, box);
  }

  @RoleRequired(...ROLES)
  @Query(() => ProtectionReferral, { nullable: true })
  protectionReferral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return findReadableProtectionReferral(context.em, context.ability, id);
  }

  @RoleRequired(...SCREENING_ROLES)
  @Mutation(() => ProtectionReferral, { description: 'Refers a screened possible victim to a protection agency' })
  referToProtection(
    @Arg('input', () => ProtectionReferralInput) input: ProtectionReferralInput,
    @Ctx() context: RequestContext,
  ) {
    return referToProtection(context, input);
  }

  @RoleRequired(...CASELOAD_ROLES)
  @Mutation(() => ProtectionReferral, { description: 'Accepts (opening a survivor record) or declines with a reason' })
  answerProtectionReferral(
    @Arg('id', () => ID) id: string,
    @Arg('answer', () => ProtectionReferralAnswer) answer: ProtectionReferralAnswer,
    @Arg('reason', () => String, { nullable: true, description: 'Required to decline; at most 1,000 characters' })
    reason: string | null,
    @Ctx() context: RequestContext,
  ) {
    return answer === ProtectionReferralAnswer.ACCEPT
      ? acceptProtectionReferral(context, id)
      : declineProtectionReferral(context, id, reason ?? '');
  }

  @FieldResolver(() => Agency)
  senderAgency(@Root() referral: ProtectionReferral): Promise<Agency> {
    return referral.senderAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => Agency)
  recipientAgency(@Root() referral: ProtectionReferral): Promise<Agency> {
    return referral.recipientAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => BorderReferralPerson, {
    nullable: true,
    description: 'Personal data: the receiving agency only',
  })
  person(@Root() referral: ProtectionReferral, @Ctx() context: RequestContext): BorderReferralPerson {
    return openBorderReferralData(context.config.encryption, referral).person;
  }

  @FieldResolver(() => Screening, { nullable: true, description: 'The screening at the border: receiving agency only' })
  screening(@Root() referral: ProtectionReferral, @Ctx() context: RequestContext): Screening {
    return openBorderReferralData(context.config.encryption, referral).screening;
  }

  @FieldResolver(() => BorderReferralConsent, { nullable: true, description: 'The consent: receiving agency only' })
  consent(@Root() referral: ProtectionReferral, @Ctx() context: RequestContext): BorderReferralConsent {
    const { consent } = openBorderReferralData(context.config.encryption, referral);
    return { ...consent, givenAt: new Date(consent.givenAt) };
  }

  @FieldResolver(() => String, { nullable: true, description: 'For the protection agency: receiving agency only' })
  note(@Root() referral: ProtectionReferral, @Ctx() context: RequestContext): string | null {
    return openBorderReferralData(context.config.encryption, referral).note;
  }

  @FieldResolver(() => [ProtectionReferralAnswer], { description: 'The answers the caller may give now' })
  availableActions(@Root() referral: ProtectionReferral, @Ctx() context: RequestContext): ProtectionReferralAnswer[] {
    if (referral.status !== 'SENT') return [];
    return [
      ...(context.ability.can('accept', referral) ? [ProtectionReferralAnswer.ACCEPT] : []),
      ...(context.ability.can('decline', referral) ? [ProtectionReferralAnswer.DECLINE] : []),
    ];
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return [];
  }
}
