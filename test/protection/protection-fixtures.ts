import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AgencyKind } from '../../server/src/modules/identity';
import type { Role } from '../../server/src/platform/authz/roles';
import { staffedAgency } from '../support/factories';
import type { TestServer } from '../support/test-server';

/** Keys of a real deployment's kind (not the development ones), for the servers of these tests. */
export const KEY_A = randomBytes(32).toString('base64');
export const KEY_B = randomBytes(32).toString('base64');
export const INDEX_KEY = randomBytes(32).toString('base64');
export const keysEnv = (keys: string) => ({ ENLACE_ENCRYPTION_KEYS: keys, ENLACE_BLIND_INDEX_KEY: INDEX_KEY });

export type { Staff } from '../support/factories';

/** A protection agency in a country (created if missing) and its staff, signed in, one user per role asked. */
export const protectionAgency = <R extends string>(
  orm: MikroORM,
  countryCode: string,
  timeZone: string,
  roles: Record<R, Role>,
  kind: AgencyKind = AgencyKind.PROTECTION_SERVICES,
) => staffedAgency(orm, countryCode, timeZone, roles, kind, 'Protección');

export const SURVIVOR_FIELDS = `id code status closureReason vulnerabilities assignedToMe restrictedFields
  caseWorker { id } supervisor { id }
  givenNames familyNames aliases dateOfBirth estimatedAge sex genderIdentity nationality languages
  identityDocuments { kind number issuingCountry } phones email currentLocation
  exploitations { kind countryCode place startedOn endedOn notes }`;

export const REGISTER = `mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { ${SURVIVOR_FIELDS} } }`;
export const READ = `query ($id: ID!) { survivor(id: $id) { ${SURVIVOR_FIELDS} } }`;

export const MARIA = {
  givenNames: 'María José',
  familyNames: 'Espinoza Téllez',
  aliases: ['Majo'],
  estimatedAge: 24,
  sex: 'FEMALE',
  genderIdentity: 'mujer',
  nationality: 'NI',
  languages: ['es', 'miq'],
  identityDocuments: [{ kind: 'NATIONAL_ID', number: '001-150302-1004X', issuingCountry: 'NI' }],
  phones: ['+505 8812 4477'],
  email: 'majo.espinoza@correo.example',
  currentLocation: 'Albergue temporal, Liberia',
  exploitations: [
    {
      kind: 'SEXUAL_EXPLOITATION',
      countryCode: 'CR',
      place: 'Bar Las Palmas, La Cruz',
      startedOn: '2026-03-01',
      endedOn: '2026-09-15',
      notes: 'Retenida con deuda; documentos confiscados',
    },
  ],
  vulnerabilities: ['MEDICAL_NEEDS'],
};

/** The strings of MARIA that must never appear in the database in the clear. */
export const MARIA_SECRETS = [
  'María José',
  'Espinoza',
  'Majo',
  '001-150302-1004X',
  '0011503021004X',
  '8812 4477',
  'majo.espinoza',
  'Liberia',
  'Las Palmas',
  'deuda',
];

export async function register(api: TestServer, cookie: string, input: Record<string, unknown> = MARIA) {
  const result = await api.graphql<{ registerSurvivor: Record<string, unknown> & { id: string; code: string } }>(
    REGISTER,
    { input },
    { cookie },
  );
  if (!result.data) throw new Error(`not registered: ${JSON.stringify(result.errors)}`);
  return result.data.registerSurvivor;
}
