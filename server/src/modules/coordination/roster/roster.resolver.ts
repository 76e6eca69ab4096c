import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { Agency, CrossingPoint } from '../../identity';
import { DutyContact } from './duty-contact.entity';
import { DutyContactInput } from './roster.inputs';
import { createDutyContact, deleteDutyContact, listRoster, updateDutyContact } from './roster.service';
import { timeOf } from './roster.validation';

@Resolver(() => DutyContact)
export class DutyContactResolver {
  @SignedIn()
  @Query(() => [DutyContact], {
    description:
      "A mechanism's 24/7 contact roster (members only): on duty now first; one agency's lines with `agencyId`",
  })
  dutyRoster(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Arg('onDutyOnly', () => Boolean, { defaultValue: false }) onDutyOnly: boolean,
    @Ctx() context: RequestContext,
  ): Promise<DutyContact[]> {
    return listRoster(context, mechanismId, { agencyId, onDutyOnly });
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => DutyContact, { description: "Adds a line for your agency to a mechanism's roster" })
  createDutyContact(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('input', () => DutyContactInput) input: DutyContactInput,
    @Ctx() context: RequestContext,
  ): Promise<DutyContact> {
    return createDutyContact(context, mechanismId, input);
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => DutyContact, { description: "Changes one of your agency's roster lines" })
  updateDutyContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DutyContactInput) input: DutyContactInput,
    @Ctx() context: RequestContext,
  ): Promise<DutyContact> {
    return updateDutyContact(context, id, input);
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => ID, { description: "Removes one of your agency's roster lines; returns its id" })
  deleteDutyContact(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<string> {
    return deleteDutyContact(context, id);
  }

  @FieldResolver(() => Agency)
  agency(@Root() contact: DutyContact, @Ctx() context: RequestContext): Promise<Agency> {
    return context.em.findOneOrFail(Agency, { id: contact.agency.id });
  }

  @FieldResolver(() => CrossingPoint, { nullable: true })
  async crossingPoint(@Root() contact: DutyContact, @Ctx() context: RequestContext): Promise<CrossingPoint | null> {
    if (!contact.crossingPoint) return null;
    return context.em.findOne(CrossingPoint, { id: contact.crossingPoint.id });
  }

  @FieldResolver(() => [Int], { description: 'ISO days a shift starts (1 Monday … 7 Sunday); empty when always on' })
  days(@Root() contact: DutyContact): number[] {
    return contact.days;
  }

  @FieldResolver(() => String, { nullable: true, description: 'HH:MM local start; null when always on' })
  from(@Root() contact: DutyContact): string | null {
    return contact.alwaysOn ? null : timeOf(contact.startMinute);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'HH:MM local end (24:00 = midnight); null when always on',
  })
  until(@Root() contact: DutyContact): string | null {
    return contact.alwaysOn ? null : timeOf(contact.endMinute);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change or remove it' })
  canUpdate(@Root() contact: DutyContact, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('update', contact);
  }
}
