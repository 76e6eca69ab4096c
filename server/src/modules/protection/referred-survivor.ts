import { GraphQLLocalDate } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/graphql/errors';
import type { ServiceReferral } from './service-referral.entity';
import { SharedField } from './service-referral.enums';
import { NOTE_PURPOSE } from './service-referral.service';
import { openForSurvivor, openPersonalData } from './survivor-sealing';
import { Exploitation, SurvivorDocument } from './survivor-personal-data';
import { Survivor } from './survivor.entity';
import { SurvivorSex, SurvivorVulnerability } from './survivor.enums';

/**
 * The survivor as a referral shows them to its provider: the code, and the fields the referral carries, each one
 * behind the field guard (service-referral.policy.ts: in `sharedFields` and while `sharingInForce`). Every other
 * field is null and listed in `restrictedFields`. Values are decrypted only after the guard allowed the field.
 */
@ObjectType({ description: 'A survivor as a referral to a service shows them: the code and the shared fields only' })
export class ReferredSurvivor {
  @Field(() => ID)
  referralId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => [SharedField])
  sharedFields!: SharedField[];

  @Field(() => Boolean)
  sharingInForce!: boolean;

  /** For the rules and the audit trail (not in the schema). */
  survivorId!: string;
  holdingAgencyId!: string;
  recipientAgencyId!: string;
  referral!: ServiceReferral;

  static of(referral: ServiceReferral): ReferredSurvivor {
    return Object.assign(new ReferredSurvivor(), {
      referralId: referral.id,
      code: referral.survivorCode,
      sharedFields: referral.sharedFields,
      sharingInForce: referral.sharingInForce === true,
      survivorId: referral.survivor.id,
      holdingAgencyId: referral.holdingAgency.id,
      recipientAgencyId: referral.recipientAgency.id,
      referral,
    });
  }
}

/** The survivor's record, loaded without the caller's rules: only after the guard allowed a shared field. */
async function recordOf(context: RequestContext, view: ReferredSurvivor): Promise<Survivor> {
  const survivor = await context.em.findOne(Survivor, { id: view.survivorId });
  if (!survivor) throw notFound('Survivor');
  return survivor;
}

const data = async (context: RequestContext, view: ReferredSurvivor) =>
  openPersonalData(context.config.encryption, await recordOf(context, view));

@Resolver(() => ReferredSurvivor)
export class ReferredSurvivorResolver {
  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return []; // filled in by the field guard
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the referring case worker wrote is needed' })
  async note(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext): Promise<string | null> {
    const survivor = await recordOf(c, v);
    return openForSurvivor<string | null>(
      c.config.encryption,
      survivor,
      v.referralId,
      NOTE_PURPOSE,
      v.referral.sealedNote,
    );
  }

  @FieldResolver(() => String, { nullable: true })
  async givenNames(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).givenNames;
  }

  @FieldResolver(() => String, { nullable: true })
  async familyNames(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).familyNames;
  }

  @FieldResolver(() => [String], { nullable: true })
  async aliases(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).aliases;
  }

  @FieldResolver(() => GraphQLLocalDate, { nullable: true })
  async dateOfBirth(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).dateOfBirth;
  }

  @FieldResolver(() => Int, { nullable: true })
  async estimatedAge(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).estimatedAge;
  }

  @FieldResolver(() => SurvivorSex, { nullable: true })
  async sex(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).sex;
  }

  @FieldResolver(() => String, { nullable: true })
  async genderIdentity(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).genderIdentity;
  }

  @FieldResolver(() => String, { nullable: true })
  async nationality(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).nationality;
  }

  @FieldResolver(() => [String], { nullable: true })
  async languages(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).languages;
  }

  @FieldResolver(() => [SurvivorDocument], { nullable: true })
  async identityDocuments(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).identityDocuments;
  }

  @FieldResolver(() => [String], { nullable: true })
  async phones(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).phones;
  }

  @FieldResolver(() => String, { nullable: true })
  async email(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).email;
  }

  @FieldResolver(() => String, { nullable: true })
  async currentLocation(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).currentLocation;
  }

  @FieldResolver(() => [Exploitation], { nullable: true })
  async exploitations(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await data(c, v)).exploitations;
  }

  @FieldResolver(() => [SurvivorVulnerability], { nullable: true })
  async vulnerabilities(@Root() v: ReferredSurvivor, @Ctx() c: RequestContext) {
    return (await recordOf(c, v)).vulnerabilities;
  }
}
