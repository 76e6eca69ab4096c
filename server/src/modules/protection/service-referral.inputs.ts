import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { ReferralUrgency } from '../referrals';
import { ProtectionService } from './consent.enums';
import { ServiceReferralStatus, ServiceReferralStep, SharedField } from './service-referral.enums';

@InputType({ description: 'A referral of a survivor to a service, with the fields the provider may read' })
export class ServiceReferralInput {
  @Field(() => ID)
  survivorId!: string;

  @Field(() => ID, { description: 'The provider agency; a fellow member of a mechanism of the referring agency' })
  recipientAgencyId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The mechanism both agencies are members of; absent: their national mechanism, or else another one',
  })
  mechanismId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The provider's service from the directory: it must be the recipient's and offer the service",
  })
  directoryServiceId?: string | null;

  @Field(() => ProtectionService, { description: 'What the survivor is referred for (the purpose consent covers)' })
  service!: ProtectionService;

  @Field(() => ReferralUrgency)
  urgency!: ReferralUrgency;

  @Field(() => [SharedField], { description: 'At least one; each must be in a category the consent covers' })
  sharedFields!: SharedField[];

  @Field(() => String, { nullable: true, description: 'What is needed; at most 2,000 characters' })
  note?: string | null;
}

@InputType({ description: 'A step on a referral to a service' })
export class ServiceReferralStepInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ServiceReferralStep)
  step!: ServiceReferralStep;

  @Field(() => String, {
    nullable: true,
    description: 'DECLINE: the reason (required); DELIVER and CLOSE: the outcome. At most 1,000 characters',
  })
  text?: string | null;
}

export enum ServiceReferralBox {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}
registerEnumType(ServiceReferralBox, {
  name: 'ServiceReferralBox',
  description: "INCOMING: sent to the caller's agency; OUTGOING: sent by it",
});

@ArgsType()
export class ServiceReferralsArgs extends ConnectionArgs {
  @Field(() => ServiceReferralBox)
  box!: ServiceReferralBox;

  @Field(() => ServiceReferralStatus, { nullable: true })
  status?: ServiceReferralStatus | null;
}
