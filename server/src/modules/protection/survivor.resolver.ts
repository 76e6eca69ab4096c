import { GraphQLLocalDate } from 'graphql-scalars';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { ConnectionArgs, ConnectionType } from '../../platform/graphql/connection';
import { Agency, User } from '../identity';
import { openPersonalData } from './survivor-sealing';
import { Exploitation, SurvivorDocument } from './survivor-personal-data';
import { Survivor } from './survivor.entity';
import { SurvivorClosureReason, SurvivorSex } from './survivor.enums';
import { CaseloadFilter, SurvivorAssignmentInput, SurvivorInput } from './survivor.inputs';
import {
  assignSurvivorCase,
  closeSurvivorCase,
  findReadableSurvivor,
  findSurvivorsByDocument,
  getReadableSurvivor,
  listCaseload,
  registerSurvivor,
  reopenSurvivorCase,
  updateSurvivor,
} from './survivor.service';

@ObjectType({ description: "A page of the agency's caseload, newest code first" })
export class SurvivorConnection extends ConnectionType(Survivor) {
  @Field(() => Int, { description: 'How many survivors the filter matches, on every page' })
  totalCount!: number;
}

const CASELOAD = [Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR];

/**
 * Survivors. The personal fields are field resolvers that decrypt the record's sealed column; the field guard
 * runs before each of them, so only the assigned case worker or supervisor ever causes a decryption, and each
 * field they read is written to the audit trail before the answer leaves.
 */
@Resolver(() => Survivor)
export class SurvivorResolver {
  @RoleRequired(...CASELOAD)
  @Query(() => Survivor, { description: "One survivor of the caller's agency; NOT_FOUND otherwise" })
  survivor(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Survivor> {
    return getReadableSurvivor(context.em, context.ability, id);
  }

  @RoleRequired(...CASELOAD)
  @Query(() => SurvivorConnection, { description: "The caller's agency's caseload, a page at a time" })
  async caseload(
    @Arg('filter', () => CaseloadFilter, { nullable: true }) filter: CaseloadFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<SurvivorConnection> {
    return listCaseload(context, filter, page);
  }

  @RoleRequired(...CASELOAD)
  @Query(() => [Survivor], {
    description: "Exact search by identity document number in the caller's agency (blind index); at most 20",
  })
  survivorsByDocument(
    @Arg('documentNumber', () => String, { description: 'At most 60 characters' }) documentNumber: string,
    @Ctx() context: RequestContext,
  ): Promise<Survivor[]> {
    return findSurvivorsByDocument(context, documentNumber);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => Survivor, { description: "Registers a survivor in the caller's agency, assigned to the caller" })
  registerSurvivor(@Arg('input', () => SurvivorInput) input: SurvivorInput, @Ctx() context: RequestContext) {
    return registerSurvivor(context, input);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => Survivor, { description: 'Replaces the record of a survivor assigned to the caller' })
  updateSurvivor(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SurvivorInput) input: SurvivorInput,
    @Ctx() context: RequestContext,
  ) {
    return updateSurvivor(context, id, input);
  }

  @RoleRequired(Role.PROTECTION_SUPERVISOR)
  @Mutation(() => Survivor, { description: 'Assigns the case worker and supervisor of a case' })
  assignSurvivorCase(
    @Arg('input', () => SurvivorAssignmentInput) input: SurvivorAssignmentInput,
    @Ctx() context: RequestContext,
  ) {
    return assignSurvivorCase(context, input);
  }

  @RoleRequired(...CASELOAD)
  @Mutation(() => Survivor, { description: 'Closes a case assigned to the caller, with a reason' })
  closeSurvivorCase(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => SurvivorClosureReason) reason: SurvivorClosureReason,
    @Ctx() context: RequestContext,
  ) {
    return closeSurvivorCase(context, id, reason);
  }

  @RoleRequired(...CASELOAD)
  @Mutation(() => Survivor, { description: 'Reopens a closed case assigned to the caller' })
  reopenSurvivorCase(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return reopenSurvivorCase(context, id);
  }

  @FieldResolver(() => Agency)
  holdingAgency(@Root() survivor: Survivor): Promise<Agency> {
    return survivor.holdingAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The assigned case worker' })
  caseWorker(@Root() survivor: Survivor): Promise<User | null> | null {
    return survivor.caseWorker ? (survivor.caseWorker.load({ dataloader: true }) as Promise<User>) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The supervisor assigned to the case' })
  supervisor(@Root() survivor: Survivor): Promise<User | null> | null {
    return survivor.supervisor ? (survivor.supervisor.load({ dataloader: true }) as Promise<User>) : null;
  }

  @FieldResolver(() => Boolean, { description: 'The caller is the assigned case worker or supervisor' })
  assignedToMe(@Root() survivor: Survivor, @Ctx() { actor }: RequestContext): boolean {
    return !!actor && (survivor.caseWorker?.id === actor.id || survivor.supervisor?.id === actor.id);
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return []; // filled in by the field guard
  }

  // Personal data: decrypted only after the field guard allowed the field.
  @FieldResolver(() => String, { nullable: true })
  givenNames(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).givenNames;
  }

  @FieldResolver(() => String, { nullable: true })
  familyNames(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).familyNames;
  }

  @FieldResolver(() => [String], { nullable: true })
  aliases(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).aliases;
  }

  @FieldResolver(() => GraphQLLocalDate, { nullable: true })
  dateOfBirth(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).dateOfBirth;
  }

  @FieldResolver(() => Int, { nullable: true })
  estimatedAge(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).estimatedAge;
  }

  @FieldResolver(() => SurvivorSex, { nullable: true })
  sex(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).sex;
  }

  @FieldResolver(() => String, { nullable: true })
  genderIdentity(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).genderIdentity;
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code' })
  nationality(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).nationality;
  }

  @FieldResolver(() => [String], { nullable: true, description: 'ISO 639 codes' })
  languages(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).languages;
  }

  @FieldResolver(() => [SurvivorDocument], { nullable: true })
  identityDocuments(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).identityDocuments;
  }

  @FieldResolver(() => [String], { nullable: true })
  phones(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).phones;
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).email;
  }

  @FieldResolver(() => String, { nullable: true })
  currentLocation(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).currentLocation;
  }

  @FieldResolver(() => [Exploitation], { nullable: true, description: 'Exploitation and crimes suffered' })
  exploitations(@Root() s: Survivor, @Ctx() c: RequestContext) {
    return openPersonalData(c.config.encryption, s).exploitations;
  }
}

/** Federation: another subgraph may reference a Survivor; the caller's rules apply exactly as for `survivor`. */
export function resolveSurvivorReference(reference: { id: string }, { em, ability }: RequestContext) {
  return findReadableSurvivor(em, ability, reference.id);
}
