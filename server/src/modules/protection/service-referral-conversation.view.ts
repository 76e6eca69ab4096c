import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ServiceReferral } from './service-referral.entity';
import type {
  ServiceReferralAttachmentRecord,
  ServiceReferralMessageRecord,
} from './service-referral-conversation.entity';

/** What the rules of a conversation's message or file look at (not in the schema). */
interface ConversationSides {
  referralId: string;
  holdingAgencyId: string;
  recipientAgencyId: string;
  /** The provider reads the conversation's content only while this holds (referral open, consent in force). */
  sharingInForce: boolean;
}

const sidesOf = (referral: ServiceReferral): ConversationSides => ({
  referralId: referral.id,
  holdingAgencyId: referral.holdingAgency.id,
  recipientAgencyId: referral.recipientAgency.id,
  sharingInForce: referral.sharingInForce === true,
});

/** The authenticated download route of a conversation file: ids only. */
export const serviceReferralFilePath = (attachmentId: string) => `/api/service-referral-files/${attachmentId}`;

/**
 * A file on a referral's conversation as the caller sees it: its name and download route go through the field
 * guard (service-referral.policy.ts), so the provider loses them when sharing ends; the size and type stay.
 */
@ObjectType({ description: "A file on a referral's conversation; download it from downloadPath" })
export class ServiceReferralAttachment implements ConversationSides {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The original name (personal: sealed at rest, audited)' })
  fileName!: string | null;

  @Field(() => String, { description: 'The type found in the content' })
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, hex; checked again on every download' })
  sha256!: string;

  @Field(() => String, { nullable: true, description: 'Authenticated download route (GET); not a public URL' })
  downloadPath!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields: string[] = []; // filled in by the field guard

  referralId!: string;
  holdingAgencyId!: string;
  recipientAgencyId!: string;
  sharingInForce!: boolean;

  static of(
    record: ServiceReferralAttachmentRecord,
    referral: ServiceReferral,
    fileName: () => string,
  ): ServiceReferralAttachment {
    const view = Object.assign(new ServiceReferralAttachment(), {
      id: record.id,
      mediaType: record.mediaType,
      sizeBytes: record.sizeBytes,
      sha256: record.sha256,
      downloadPath: serviceReferralFilePath(record.id),
      createdAt: record.createdAt,
      ...sidesOf(referral),
    });
    // Opened only when the guard let the field through (a getter: the field resolver reads it then).
    Object.defineProperty(view, 'fileName', { get: fileName, enumerable: true });
    return view;
  }
}

/**
 * A message on a referral's conversation as the caller sees it: who wrote it and when for both sides; the body
 * and files through the field guard (the referring agency always, the provider while sharing holds).
 */
@ObjectType({ description: 'A message between the referring case worker and the provider on a referral' })
export class ServiceReferralMessage implements ConversationSides {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  authorAgencyId!: string;

  @Field(() => ID)
  authorId!: string;

  @Field(() => String, { nullable: true, description: 'The text (personal: sealed at rest, every read audited)' })
  body!: string | null;

  @Field(() => [ServiceReferralAttachment], { nullable: true })
  attachments!: ServiceReferralAttachment[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields: string[] = []; // filled in by the field guard

  referralId!: string;
  holdingAgencyId!: string;
  recipientAgencyId!: string;
  sharingInForce!: boolean;

  static of(
    record: ServiceReferralMessageRecord,
    referral: ServiceReferral,
    body: () => string,
    attachments: ServiceReferralAttachment[],
  ): ServiceReferralMessage {
    const view = Object.assign(new ServiceReferralMessage(), {
      id: record.id,
      authorAgencyId: record.authorAgency.id,
      authorId: record.author.id,
      attachments,
      createdAt: record.createdAt,
      ...sidesOf(referral),
    });
    Object.defineProperty(view, 'body', { get: body, enumerable: true });
    return view;
  }
}
