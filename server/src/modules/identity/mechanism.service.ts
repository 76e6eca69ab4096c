import type { EntityManager } from '@mikro-orm/postgresql';
import { findOnePermitted, findPermitted } from '../../platform/authz/accessible-query';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency } from './agency.entity';
import { Country } from './country.entity';
import { CrossingPoint } from './crossing-point.entity';
import type { CreateMechanismInput, CrossingPointInput, UpdateMechanismInput } from './mechanism.inputs';
import { Mechanism } from './mechanism.entity';
import { checkMechanism, type MechanismShape } from './mechanism.rules';

export function listMechanisms(context: RequestContext, includeInactive = false): Promise<Mechanism[]> {
  return findPermitted(context.em, context.ability, 'read', Mechanism, includeInactive ? {} : { active: true }, {
    orderBy: { createdAt: 'asc' },
  });
}

export function findMechanism(context: RequestContext, id: string): Promise<Mechanism | null> {
  return findOnePermitted(context.em, context.ability, 'read', Mechanism, { id });
}

export async function createMechanism(context: RequestContext, input: CreateMechanismInput): Promise<Mechanism> {
  return inUnitOfWork(context, async (em) => {
    const countryCodes = input.countryCodes.map(normaliseCode);
    await checkAgainstDatabase(em, { ...input, countryCodes });
    const mechanism = em.create(Mechanism, {
      kind: input.kind,
      names: input.names,
      secretariatAgency: input.secretariatAgencyId,
    });
    assertCanCreate(context.ability, mechanism);
    await setMembers(em, mechanism, countryCodes, input.memberAgencyIds);
    setCrossingPoints(em, mechanism, input.crossingPoints);
    await em.flush();
    await context.audit.record(em, { action: 'mechanism.create', entityType: 'Mechanism', entityId: mechanism.id });
    return mechanism;
  });
}

export async function updateMechanism(context: RequestContext, input: UpdateMechanismInput): Promise<Mechanism> {
  return inUnitOfWork(context, async (em) => {
    const mechanism = await findOnePermitted(
      em,
      context.ability,
      'read',
      Mechanism,
      { id: input.id },
      {
        populate: ['countries', 'memberAgencies', 'crossingPoints'],
      },
    );
    if (!mechanism) throw notFound('Mechanism');
    assertCan(context.ability, 'update', mechanism, 'Mechanism');
    const next = {
      kind: mechanism.kind,
      names: input.names ?? mechanism.names,
      countryCodes: input.countryCodes?.map(normaliseCode) ?? mechanism.countries.getIdentifiers<string>(),
      memberAgencyIds: input.memberAgencyIds ?? mechanism.memberAgencies.getIdentifiers<string>(),
      secretariatAgencyId: input.secretariatAgencyId ?? mechanism.secretariatAgency.id,
      crossingPoints: input.crossingPoints ?? mechanism.crossingPoints.getItems(),
    };
    await checkAgainstDatabase(em, next);
    em.assign(mechanism, {
      names: next.names,
      secretariatAgency: next.secretariatAgencyId,
      active: input.active ?? mechanism.active,
    });
    await setMembers(em, mechanism, next.countryCodes, next.memberAgencyIds);
    if (input.crossingPoints) setCrossingPoints(em, mechanism, input.crossingPoints);
    await context.audit.record(em, {
      action: input.active === false ? 'mechanism.deactivate' : 'mechanism.update',
      entityType: 'Mechanism',
      entityId: mechanism.id,
    });
    return mechanism;
  });
}

async function checkAgainstDatabase(
  em: EntityManager,
  mechanism: Omit<CreateMechanismInput, 'crossingPoints'> & { crossingPoints: MechanismShape['crossingPoints'] },
): Promise<void> {
  const agencies = await em.find(Agency, { id: { $in: mechanism.memberAgencyIds } });
  const knownCountries = await em.count(Country, { code: { $in: mechanism.countryCodes } });
  checkMechanism({
    ...mechanism,
    // unknown country codes surface as a count mismatch; report them as such
    countryCodes: knownCountries === new Set(mechanism.countryCodes).size ? mechanism.countryCodes : [],
    memberAgencies: agencies.map((agency) => ({
      id: agency.id,
      countryCode: agency.country.unwrap().code,
      active: agency.active,
    })),
    requestedMemberAgencyIds: mechanism.memberAgencyIds,
  });
}

async function setMembers(em: EntityManager, mechanism: Mechanism, countryCodes: string[], agencyIds: string[]) {
  mechanism.countries.set(countryCodes.map((code) => em.getReference(Country, code)));
  mechanism.memberAgencies.set(agencyIds.map((id) => em.getReference(Agency, id)));
}

function setCrossingPoints(em: EntityManager, mechanism: Mechanism, points: CrossingPointInput[]): void {
  mechanism.crossingPoints.set(
    points.map((point) =>
      em.create(CrossingPoint, {
        mechanism,
        name: point.name.trim(),
        latitude: point.latitude ?? null,
        longitude: point.longitude ?? null,
      }),
    ),
  );
}

function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}
