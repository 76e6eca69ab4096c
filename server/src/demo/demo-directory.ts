import { AgencyKind } from '../modules/identity';

/**
 * Real border settings people recognise, with plausible agencies. The agencies are named after real
 * institutions for familiarity; every person and account is fictional.
 */
export const DEMO_COUNTRIES = [
  {
    code: 'AR',
    es: 'Argentina',
    en: 'Argentina',
    pt: 'Argentina',
    fr: 'Argentine',
    zone: 'America/Argentina/Buenos_Aires',
    locale: 'es',
  },
  { code: 'BO', es: 'Bolivia', en: 'Bolivia', pt: 'Bolívia', fr: 'Bolivie', zone: 'America/La_Paz', locale: 'es' },
  { code: 'BR', es: 'Brasil', en: 'Brazil', pt: 'Brasil', fr: 'Brésil', zone: 'America/Sao_Paulo', locale: 'pt' },
  { code: 'CO', es: 'Colombia', en: 'Colombia', pt: 'Colômbia', fr: 'Colombie', zone: 'America/Bogota', locale: 'es' },
  {
    code: 'CR',
    es: 'Costa Rica',
    en: 'Costa Rica',
    pt: 'Costa Rica',
    fr: 'Costa Rica',
    zone: 'America/Costa_Rica',
    locale: 'es',
  },
  { code: 'EC', es: 'Ecuador', en: 'Ecuador', pt: 'Equador', fr: 'Équateur', zone: 'America/Guayaquil', locale: 'es' },
  {
    code: 'GT',
    es: 'Guatemala',
    en: 'Guatemala',
    pt: 'Guatemala',
    fr: 'Guatemala',
    zone: 'America/Guatemala',
    locale: 'es',
  },
  { code: 'MX', es: 'México', en: 'Mexico', pt: 'México', fr: 'Mexique', zone: 'America/Mexico_City', locale: 'es' },
  {
    code: 'NI',
    es: 'Nicaragua',
    en: 'Nicaragua',
    pt: 'Nicarágua',
    fr: 'Nicaragua',
    zone: 'America/Managua',
    locale: 'es',
  },
  { code: 'PA', es: 'Panamá', en: 'Panama', pt: 'Panamá', fr: 'Panama', zone: 'America/Panama', locale: 'es' },
  { code: 'PE', es: 'Perú', en: 'Peru', pt: 'Peru', fr: 'Pérou', zone: 'America/Lima', locale: 'es' },
  {
    code: 'PY',
    es: 'Paraguay',
    en: 'Paraguay',
    pt: 'Paraguai',
    fr: 'Paraguay',
    zone: 'America/Asuncion',
    locale: 'es',
  },
] as const;

export interface DemoAgency {
  key: string;
  country: string;
  kind: AgencyKind;
  name: string;
  acronym: string;
}

const {
  BORDER_POLICE,
  MIGRATION_AUTHORITY,
  PUBLIC_PROSECUTOR,
  PROTECTION_SERVICES,
  INTERNATIONAL_ORGANISATION,
  NGO_SERVICE_PROVIDER,
  HEALTH_SERVICES,
} = AgencyKind;

export const DEMO_AGENCIES: DemoAgency[] = [
  { key: 'co-mig', country: 'CO', kind: MIGRATION_AUTHORITY, name: 'Migración Colombia', acronym: 'UAEMC' },
  { key: 'co-fis', country: 'CO', kind: PUBLIC_PROSECUTOR, name: 'Fiscalía General de la Nación', acronym: 'FGN' },
  {
    key: 'co-icbf',
    country: 'CO',
    kind: PROTECTION_SERVICES,
    name: 'Instituto Colombiano de Bienestar Familiar',
    acronym: 'ICBF',
  },
  { key: 'ec-pol', country: 'EC', kind: BORDER_POLICE, name: 'Policía Nacional del Ecuador', acronym: 'PNE' },
  { key: 'ec-fis', country: 'EC', kind: PUBLIC_PROSECUTOR, name: 'Fiscalía General del Estado', acronym: 'FGE' },
  {
    key: 'pe-mig',
    country: 'PE',
    kind: MIGRATION_AUTHORITY,
    name: 'Superintendencia Nacional de Migraciones',
    acronym: 'MIGRACIONES',
  },
  { key: 'pe-pol', country: 'PE', kind: BORDER_POLICE, name: 'Policía Nacional del Perú', acronym: 'PNP' },
  {
    key: 'bo-mig',
    country: 'BO',
    kind: MIGRATION_AUTHORITY,
    name: 'Dirección General de Migración',
    acronym: 'DIGEMIG',
  },
  { key: 'bo-fis', country: 'BO', kind: PUBLIC_PROSECUTOR, name: 'Fiscalía General del Estado', acronym: 'FGE-BO' },
  { key: 'ar-gen', country: 'AR', kind: BORDER_POLICE, name: 'Gendarmería Nacional Argentina', acronym: 'GNA' },
  {
    key: 'ar-protex',
    country: 'AR',
    kind: PUBLIC_PROSECUTOR,
    name: 'Procuraduría de Trata y Explotación de Personas',
    acronym: 'PROTEX',
  },
  { key: 'br-pf', country: 'BR', kind: BORDER_POLICE, name: 'Polícia Federal', acronym: 'PF' },
  { key: 'br-mpf', country: 'BR', kind: PUBLIC_PROSECUTOR, name: 'Ministério Público Federal', acronym: 'MPF' },
  { key: 'py-mig', country: 'PY', kind: MIGRATION_AUTHORITY, name: 'Dirección General de Migraciones', acronym: 'DGM' },
  { key: 'py-pol', country: 'PY', kind: BORDER_POLICE, name: 'Policía Nacional del Paraguay', acronym: 'PNP-PY' },
  {
    key: 'gt-igm',
    country: 'GT',
    kind: MIGRATION_AUTHORITY,
    name: 'Instituto Guatemalteco de Migración',
    acronym: 'IGM',
  },
  { key: 'gt-pnc', country: 'GT', kind: BORDER_POLICE, name: 'Policía Nacional Civil', acronym: 'PNC' },
  {
    key: 'gt-svet',
    country: 'GT',
    kind: PROTECTION_SERVICES,
    name: 'Secretaría contra la Violencia Sexual, Explotación y Trata de Personas',
    acronym: 'SVET',
  },
  { key: 'mx-inm', country: 'MX', kind: MIGRATION_AUTHORITY, name: 'Instituto Nacional de Migración', acronym: 'INM' },
  { key: 'mx-fgr', country: 'MX', kind: PUBLIC_PROSECUTOR, name: 'Fiscalía General de la República', acronym: 'FGR' },
  {
    key: 'mx-dif',
    country: 'MX',
    kind: PROTECTION_SERVICES,
    name: 'Sistema Nacional para el Desarrollo Integral de la Familia',
    acronym: 'DIF',
  },
  {
    key: 'cr-dgme',
    country: 'CR',
    kind: MIGRATION_AUTHORITY,
    name: 'Dirección General de Migración y Extranjería',
    acronym: 'DGME',
  },
  {
    key: 'cr-pani',
    country: 'CR',
    kind: PROTECTION_SERVICES,
    name: 'Patronato Nacional de la Infancia',
    acronym: 'PANI',
  },
  {
    key: 'cr-oim',
    country: 'CR',
    kind: INTERNATIONAL_ORGANISATION,
    name: 'Organización Internacional para las Migraciones – Oficina Regional',
    acronym: 'OIM',
  },
  {
    key: 'ni-oim',
    country: 'NI',
    kind: INTERNATIONAL_ORGANISATION,
    name: 'Organización Internacional para las Migraciones – Nicaragua',
    acronym: 'OIM-NI',
  },
  {
    key: 'ni-dgme',
    country: 'NI',
    kind: MIGRATION_AUTHORITY,
    name: 'Dirección General de Migración y Extranjería',
    acronym: 'DGME-NI',
  },
  // Members of the national referral mechanisms (survivor protection) of Costa Rica, Guatemala and Colombia.
  {
    key: 'cr-fis',
    country: 'CR',
    kind: PUBLIC_PROSECUTOR,
    name: 'Fiscalía Adjunta contra la Trata de Personas y el Tráfico Ilícito de Migrantes',
    acronym: 'FACTRA',
  },
  {
    key: 'cr-ccss',
    country: 'CR',
    kind: HEALTH_SERVICES,
    name: 'Caja Costarricense de Seguro Social',
    acronym: 'CCSS',
  },
  { key: 'cr-rahab', country: 'CR', kind: NGO_SERVICE_PROVIDER, name: 'Fundación Rahab', acronym: 'RAHAB' },
  {
    key: 'gt-mp',
    country: 'GT',
    kind: PUBLIC_PROSECUTOR,
    name: 'Ministerio Público – Fiscalía contra la Trata de Personas',
    acronym: 'MP',
  },
  {
    key: 'gt-mspas',
    country: 'GT',
    kind: HEALTH_SERVICES,
    name: 'Ministerio de Salud Pública y Asistencia Social',
    acronym: 'MSPAS',
  },
  { key: 'gt-alianza', country: 'GT', kind: NGO_SERVICE_PROVIDER, name: 'Asociación La Alianza', acronym: 'ALIANZA' },
  {
    key: 'co-minsalud',
    country: 'CO',
    kind: HEALTH_SERVICES,
    name: 'Ministerio de Salud y Protección Social',
    acronym: 'MINSALUD',
  },
  { key: 'co-renacer', country: 'CO', kind: NGO_SERVICE_PROVIDER, name: 'Fundación Renacer', acronym: 'RENACER' },
  { key: 'pa-snm', country: 'PA', kind: MIGRATION_AUTHORITY, name: 'Servicio Nacional de Migración', acronym: 'SNM' },
  {
    key: 'pa-senafront',
    country: 'PA',
    kind: BORDER_POLICE,
    name: 'Servicio Nacional de Fronteras',
    acronym: 'SENAFRONT',
  },
];

export interface DemoMechanism {
  kind: 'BINATIONAL' | 'TRINATIONAL' | 'NATIONAL';
  es: string;
  en: string;
  countries: string[];
  members: string[];
  secretariat: string;
  crossingPoints: { name: string; latitude: number; longitude: number }[];
}

export const DEMO_MECHANISMS: DemoMechanism[] = [
  {
    kind: 'BINATIONAL',
    es: 'Mecanismo binacional Colombia–Ecuador (Rumichaca)',
    en: 'Colombia–Ecuador binational mechanism (Rumichaca)',
    countries: ['CO', 'EC'],
    members: ['co-mig', 'co-fis', 'co-icbf', 'ec-pol', 'ec-fis'],
    secretariat: 'co-mig',
    crossingPoints: [
      { name: 'Puente Internacional de Rumichaca (Ipiales–Tulcán)', latitude: 0.8136, longitude: -77.6636 },
    ],
  },
  {
    kind: 'BINATIONAL',
    es: 'Mecanismo binacional Perú–Bolivia (Desaguadero)',
    en: 'Peru–Bolivia binational mechanism (Desaguadero)',
    countries: ['PE', 'BO'],
    members: ['pe-mig', 'pe-pol', 'bo-mig', 'bo-fis'],
    secretariat: 'pe-mig',
    crossingPoints: [{ name: 'Desaguadero', latitude: -16.5656, longitude: -69.0406 }],
  },
  {
    kind: 'TRINATIONAL',
    es: 'Mecanismo trinacional de la Triple Frontera (Argentina–Brasil–Paraguay)',
    en: 'Triple Border trinational mechanism (Argentina–Brazil–Paraguay)',
    countries: ['AR', 'BR', 'PY'],
    members: ['ar-gen', 'ar-protex', 'br-pf', 'br-mpf', 'py-mig', 'py-pol'],
    secretariat: 'br-pf',
    crossingPoints: [
      { name: 'Ponte da Amizade (Foz do Iguaçu–Ciudad del Este)', latitude: -25.5094, longitude: -54.6011 },
      { name: 'Puente Tancredo Neves (Puerto Iguazú–Foz do Iguaçu)', latitude: -25.5928, longitude: -54.5906 },
    ],
  },
  {
    kind: 'BINATIONAL',
    es: 'Mecanismo binacional Guatemala–México',
    en: 'Guatemala–Mexico binational mechanism',
    countries: ['GT', 'MX'],
    members: ['gt-igm', 'gt-pnc', 'gt-svet', 'mx-inm', 'mx-fgr', 'mx-dif'],
    secretariat: 'gt-igm',
    crossingPoints: [
      { name: 'Tecún Umán–Ciudad Hidalgo', latitude: 14.6766, longitude: -92.1462 },
      { name: 'El Carmen–Talismán', latitude: 14.9611, longitude: -92.1408 },
    ],
  },
  {
    kind: 'BINATIONAL',
    es: 'Mecanismo binacional Costa Rica–Nicaragua (Peñas Blancas)',
    en: 'Costa Rica–Nicaragua binational mechanism (Peñas Blancas)',
    countries: ['CR', 'NI'],
    members: ['cr-dgme', 'cr-pani', 'ni-dgme', 'ni-oim'],
    secretariat: 'cr-dgme',
    crossingPoints: [{ name: 'Peñas Blancas', latitude: 11.2133, longitude: -85.6133 }],
  },
  {
    kind: 'BINATIONAL',
    es: 'Mecanismo binacional Costa Rica–Panamá (Paso Canoas)',
    en: 'Costa Rica–Panama binational mechanism (Paso Canoas)',
    countries: ['CR', 'PA'],
    members: ['cr-dgme', 'cr-pani', 'pa-snm', 'pa-senafront'],
    secretariat: 'pa-snm',
    crossingPoints: [{ name: 'Paso Canoas', latitude: 8.5336, longitude: -82.8386 }],
  },
  {
    kind: 'NATIONAL',
    es: 'Coalición Nacional contra el Tráfico Ilícito de Migrantes y la Trata de Personas (CONATT)',
    en: 'Costa Rica national referral mechanism (CONATT)',
    countries: ['CR'],
    members: ['cr-dgme', 'cr-pani', 'cr-fis', 'cr-ccss', 'cr-rahab', 'cr-oim'],
    secretariat: 'cr-dgme',
    crossingPoints: [],
  },
  {
    kind: 'NATIONAL',
    es: 'Mecanismo nacional de referencia de Guatemala (SVET)',
    en: 'Guatemala national referral mechanism (SVET)',
    countries: ['GT'],
    members: ['gt-svet', 'gt-pnc', 'gt-mp', 'gt-mspas', 'gt-alianza'],
    secretariat: 'gt-svet',
    crossingPoints: [],
  },
  {
    kind: 'NATIONAL',
    es: 'Comité Interinstitucional para la Lucha contra la Trata de Personas (Colombia)',
    en: 'Colombia national referral mechanism (anti-trafficking committee)',
    countries: ['CO'],
    members: ['co-icbf', 'co-fis', 'co-mig', 'co-minsalud', 'co-renacer'],
    secretariat: 'co-icbf',
    crossingPoints: [],
  },
];
