import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/graphql/errors';
import { Agency, CrossingPoint, Mechanism } from '../identity';
import { Bulletin, BulletinImage, bulletinImagePathOf } from './bulletin.entity';
import { BulletinKind, BulletinStatus } from './bulletin.enums';
import { BulletinInput } from './bulletin.inputs';
import {
  acknowledgeBulletin,
  acknowledgedByMyAgencyAt,
  acknowledgementsOf,
  createBulletin,
  findReadableBulletin,
  imagesOf,
  listBulletins,
  publishBulletin,
  updateBulletin,
} from './bulletin.service';

@ObjectType({ description: 'Whether a member agency acknowledged a bulletin (for its publisher)' })
export class BulletinAgencyAcknowledgement {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => Date, { nullable: true, description: 'Null: not acknowledged yet' })
  acknowledgedAt!: Date | null;
}

@Resolver(() => Bulletin)
export class BulletinResolver {
  @SignedIn()
  @Query(() => Bulletin, { description: 'One bulletin you may read; NOT_FOUND otherwise' })
  async bulletin(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Bulletin> {
    const bulletin = await findReadableBulletin(context.em, context, id);
    if (!bulletin) throw notFound('Bulletin');
    return bulletin;
  }

  @SignedIn()
  @Query(() => [Bulletin], {
    description: "Your mechanisms' bulletins within your handling codes: newest first, or by relevance with `search`",
  })
  bulletins(
    @Arg('mechanismId', () => ID, { nullable: true }) mechanismId: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Words, "a phrase", -excluded; at most 200' })
    search: string | null,
    @Arg('kind', () => BulletinKind, { nullable: true }) kind: BulletinKind | null,
    @Arg('crossingPointId', () => ID, { nullable: true }) crossingPointId: string | null,
    @Arg('status', () => BulletinStatus, { nullable: true }) status: BulletinStatus | null,
    @Arg('validNow', () => Boolean, { defaultValue: true, description: 'Only those valid at this moment' })
    validNow: boolean,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<Bulletin[]> {
    return listBulletins(context, { mechanismId, search, kind, crossingPointId, status, validNow, first });
  }

  @SignedIn()
  @Mutation(() => Bulletin, { description: "Drafts a bulletin of a mechanism (member agency's liaison officer)" })
  createBulletin(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('input', () => BulletinInput) input: BulletinInput,
    @Ctx() context: RequestContext,
  ): Promise<Bulletin> {
    return createBulletin(context, mechanismId, input);
  }

  @SignedIn()
  @Mutation(() => Bulletin, { description: 'Changes a draft bulletin' })
  updateBulletin(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => BulletinInput) input: BulletinInput,
    @Ctx() context: RequestContext,
  ): Promise<Bulletin> {
    return updateBulletin(context, id, input);
  }

  @SignedIn()
  @Mutation(() => Bulletin, {
    description: "Publishes a draft (the mechanism's secretariat); refused when it holds a person's data",
  })
  publishBulletin(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Bulletin> {
    return publishBulletin(context, id);
  }

  @SignedIn()
  @Mutation(() => Bulletin, { description: 'Records that your agency read the bulletin (once per agency)' })
  acknowledgeBulletin(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Bulletin> {
    return acknowledgeBulletin(context, id);
  }

  @FieldResolver(() => Mechanism)
  async mechanism(@Root() bulletin: Bulletin, @Ctx() context: RequestContext): Promise<Mechanism> {
    return context.em.findOneOrFail(Mechanism, { id: bulletin.mechanism.id });
  }

  @FieldResolver(() => CrossingPoint, { nullable: true })
  async crossingPoint(@Root() bulletin: Bulletin, @Ctx() context: RequestContext): Promise<CrossingPoint | null> {
    if (!bulletin.crossingPoint) return null;
    return context.em.findOne(CrossingPoint, { id: bulletin.crossingPoint.id });
  }

  @FieldResolver(() => Agency, { description: 'The member agency that drafted it' })
  async draftingAgency(@Root() bulletin: Bulletin, @Ctx() context: RequestContext): Promise<Agency> {
    return context.em.findOneOrFail(Agency, { id: bulletin.draftingAgency.id });
  }

  @FieldResolver(() => [Agency], { description: 'H3: the agencies that may read it' })
  async namedAgencies(@Root() bulletin: Bulletin, @Ctx() context: RequestContext): Promise<Agency[]> {
    if (bulletin.namedAgencyIds.length === 0) return [];
    return context.em.find(Agency, { id: { $in: bulletin.namedAgencyIds } }, { orderBy: { acronym: 'asc' } });
  }

  @FieldResolver(() => Boolean, { description: 'Valid at this moment' })
  validNow(@Root() bulletin: Bulletin): boolean {
    const now = Date.now();
    return bulletin.validFrom.getTime() <= now && bulletin.validUntil.getTime() > now;
  }

  @FieldResolver(() => [BulletinImage])
  images(@Root() bulletin: Bulletin, @Ctx() context: RequestContext): Promise<BulletinImage[]> {
    return imagesOf(context, bulletin);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When your agency acknowledged it, or null' })
  acknowledgedByMyAgencyAt(@Root() bulletin: Bulletin, @Ctx() context: RequestContext): Promise<Date | null> {
    return acknowledgedByMyAgencyAt(context, bulletin);
  }

  @FieldResolver(() => [BulletinAgencyAcknowledgement], {
    description: 'For its publisher: each agency it is for, and when it acknowledged; empty for others',
  })
  acknowledgements(
    @Root() bulletin: Bulletin,
    @Ctx() context: RequestContext,
  ): Promise<BulletinAgencyAcknowledgement[]> {
    return acknowledgementsOf(context, bulletin);
  }

  @FieldResolver(() => Boolean)
  canUpdate(@Root() bulletin: Bulletin, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('update', bulletin);
  }

  @FieldResolver(() => Boolean)
  canPublish(@Root() bulletin: Bulletin, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('publish', bulletin);
  }

  @FieldResolver(() => Boolean)
  canAcknowledge(@Root() bulletin: Bulletin, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('acknowledge', bulletin);
  }
}

@Resolver(() => BulletinImage)
export class BulletinImageResolver {
  @FieldResolver(() => String, { description: 'GET this path (signed in) to download the image; audited' })
  downloadPath(@Root() image: BulletinImage): string {
    return bulletinImagePathOf(image.id);
  }
}
