import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Agency } from './agency.entity';
import { Country } from './country.entity';
import { CrossingPoint } from './crossing-point.entity';
import { Mechanism } from './mechanism.entity';
import { CreateMechanismInput, UpdateMechanismInput } from './mechanism.inputs';
import { createMechanism, findMechanism, listMechanisms, updateMechanism } from './mechanism.service';

@Resolver(() => Mechanism)
export class MechanismResolver {
  @SignedIn()
  @Query(() => [Mechanism], { description: "The mechanisms of the caller's agency (all, for platform admins)" })
  mechanisms(
    @Ctx() context: RequestContext,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ): Promise<Mechanism[]> {
    return listMechanisms(context, includeInactive);
  }

  @SignedIn()
  @Query(() => Mechanism, { nullable: true })
  mechanism(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Mechanism | null> {
    return findMechanism(context, id);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Mechanism)
  createMechanism(@Ctx() context: RequestContext, @Arg('input') input: CreateMechanismInput): Promise<Mechanism> {
    return createMechanism(context, input);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Mechanism)
  updateMechanism(@Ctx() context: RequestContext, @Arg('input') input: UpdateMechanismInput): Promise<Mechanism> {
    return updateMechanism(context, input);
  }

  // Collections load through MikroORM's dataloader: one query per relation for a whole list of mechanisms.
  @FieldResolver(() => [Country])
  async countries(@Root() mechanism: Mechanism): Promise<Country[]> {
    return (await mechanism.countries.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [Agency])
  async memberAgencies(@Root() mechanism: Mechanism): Promise<Agency[]> {
    return (await mechanism.memberAgencies.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [CrossingPoint])
  async crossingPoints(@Root() mechanism: Mechanism): Promise<CrossingPoint[]> {
    return (await mechanism.crossingPoints.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => Agency)
  secretariatAgency(@Root() mechanism: Mechanism): Promise<Agency> {
    return mechanism.secretariatAgency.load({ dataloader: true }) as Promise<Agency>;
  }
}
