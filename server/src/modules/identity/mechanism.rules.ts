import type { LocalizedNames } from './localized-names';
import { MechanismKind } from './mechanism.entity';
import { FieldProblems, isBlank } from './directory.validation';

export interface MechanismShape {
  kind: MechanismKind;
  names: LocalizedNames;
  countryCodes: string[];
  /** Member agencies as found in the database, with their country. */
  memberAgencies: { id: string; countryCode: string; active: boolean }[];
  requestedMemberAgencyIds: string[];
  secretariatAgencyId: string;
  crossingPoints: { name: string; latitude?: number | null; longitude?: number | null }[];
}

/** How many countries each kind of mechanism has: [minimum, maximum]. */
const COUNTRY_COUNT: Record<MechanismKind, [number, number]> = {
  [MechanismKind.BINATIONAL]: [2, 2],
  [MechanismKind.TRINATIONAL]: [3, 3],
  [MechanismKind.REGIONAL]: [2, Number.POSITIVE_INFINITY],
  [MechanismKind.NATIONAL]: [1, 1],
};

/**
 * The rules a mechanism must keep, checked on create and on every update: the country count fits the kind,
 * members come from member countries, and the secretariat is one of the members.
 */
export function checkMechanism(mechanism: MechanismShape, path = 'input'): void {
  const problems = new FieldProblems();
  const countries = new Set(mechanism.countryCodes);
  const [min, max] = COUNTRY_COUNT[mechanism.kind];
  problems.check(!isBlank(mechanism.names.es), `${path}.names.es`, 'error.nameRequired');
  problems.check(
    countries.size === mechanism.countryCodes.length,
    `${path}.countryCodes`,
    'error.mechanism.countryRepeated',
  );
  problems.check(
    countries.size >= min && countries.size <= max,
    `${path}.countryCodes`,
    `error.mechanism.countryCount.${mechanism.kind}`,
  );

  const found = new Map(mechanism.memberAgencies.map((agency) => [agency.id, agency]));
  mechanism.requestedMemberAgencyIds.forEach((id, index) => {
    const agency = found.get(id);
    if (!agency) problems.add(`${path}.memberAgencyIds.${index}`, 'error.agency.unknown');
    else if (!countries.has(agency.countryCode))
      problems.add(`${path}.memberAgencyIds.${index}`, 'error.mechanism.agencyOutsideCountries');
    else if (!agency.active) problems.add(`${path}.memberAgencyIds.${index}`, 'error.agency.inactive');
  });
  // A national referral mechanism joins the agencies of one country (protection, prosecution, police, health,
  // NGOs, the IOM office): with fewer than two there is nobody to refer to.
  problems.check(
    mechanism.kind !== MechanismKind.NATIONAL || new Set(mechanism.requestedMemberAgencyIds).size >= 2,
    `${path}.memberAgencyIds`,
    'error.mechanism.nationalMembers',
  );
  problems.check(
    mechanism.requestedMemberAgencyIds.includes(mechanism.secretariatAgencyId),
    `${path}.secretariatAgencyId`,
    'error.mechanism.secretariatNotMember',
  );
  mechanism.crossingPoints.forEach((point, index) => {
    problems.check(!isBlank(point.name), `${path}.crossingPoints.${index}.name`, 'error.nameRequired');
    problems.check(
      Math.abs(point.latitude ?? 0) <= 90,
      `${path}.crossingPoints.${index}.latitude`,
      'error.latitudeRange',
    );
    problems.check(
      Math.abs(point.longitude ?? 0) <= 180,
      `${path}.crossingPoints.${index}.longitude`,
      'error.longitudeRange',
    );
  });
  problems.throwIfAny();
}
