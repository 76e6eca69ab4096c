import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';

/**
 * The multi-file form of an HSDS import: an Open Referral HSDS tabular data package as a ZIP of CSV files, one
 * table a file, linked by ids (ADR 0049). Read: `services.csv` (required: one service a row, the same columns
 * as the single-file CSV's own), `organizations.csv` (a service's `organization_id`: its email when the service
 * has none), `locations.csv` + `service_at_location.csv` + `addresses.csv` (the first address of the first
 * location), `phones.csv`, `languages.csv`, `schedules.csv`, `service_areas.csv` (by `service_id`),
 * `attributes.csv` (by `link_id`, a service's kinds as `taxonomy_term_id`) and `service_capacity.csv`. Other
 * files (`datapackage.json`, taxonomies, ...) are ignored. Each service becomes the HSDS JSON `service` the JSON
 * import reads, so every form maps and checks alike; problems are named `<file>.<row>.<field>`, rows from 0.
 */

/** What cannot be read as a package at all (the whole upload is refused), with the key that says why. */
export class HsdsPackageUnreadable extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

type Json = Record<string, unknown>;
type Row = Record<string, string>;

/** Bounds on what a ZIP may unpack to (the upload itself is bounded by the import's byte limit). */
export const HSDS_PACKAGE_LIMITS = { files: 30, bytesPerFile: 2_000_000, totalBytes: 5_000_000, rows: 5_000 };
const MAX_COLUMNS = 60;
const TABLES = [
  'services.csv',
  'organizations.csv',
  'locations.csv',
  'service_at_location.csv',
  'addresses.csv',
  'phones.csv',
  'languages.csv',
  'schedules.csv',
  'service_areas.csv',
  'attributes.csv',
  'service_capacity.csv',
];

/**
 * The package's CSV tables by file name (folders inside the ZIP ignored), refusing a ZIP that is not one, that
 * unpacks to more than the limits allow (checked on the sizes the ZIP declares before anything is inflated,
 * then on what inflating gives), or that has no services.csv.
 */
export function tablesOfZip(zip: Buffer): Record<string, string> {
  let declaredTotal = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.length), {
      filter: (file) => {
        count += 1;
        if (count > HSDS_PACKAGE_LIMITS.files)
          throw new HsdsPackageUnreadable('error.protection.directory.packageTooLarge');
        const name = file.name.replace(/^.*\//, '').toLowerCase();
        if (!TABLES.includes(name)) return false;
        declaredTotal += file.originalSize;
        if (file.originalSize > HSDS_PACKAGE_LIMITS.bytesPerFile || declaredTotal > HSDS_PACKAGE_LIMITS.totalBytes)
          throw new HsdsPackageUnreadable('error.protection.directory.packageTooLarge');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof HsdsPackageUnreadable) throw error;
    throw new HsdsPackageUnreadable('error.protection.directory.importNotZip');
  }
  const tables: Record<string, string> = {};
  let total = 0;
  for (const [path, bytes] of Object.entries(files)) {
    total += bytes.length;
    if (bytes.length > HSDS_PACKAGE_LIMITS.bytesPerFile || total > HSDS_PACKAGE_LIMITS.totalBytes)
      throw new HsdsPackageUnreadable('error.protection.directory.packageTooLarge');
    const name = path.replace(/^.*\//, '').toLowerCase();
    if (tables[name] !== undefined) throw new HsdsPackageUnreadable('error.protection.directory.packageDuplicate');
    try {
      tables[name] = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new HsdsPackageUnreadable('error.protection.directory.importNotCsv');
    }
  }
  if (tables['services.csv'] === undefined)
    throw new HsdsPackageUnreadable('error.protection.directory.packageNoServices');
  return tables;
}

function rowsOf(name: string, source: string | undefined): Row[] {
  if (source === undefined) return [];
  let rows: Row[];
  try {
    rows = parse(source, {
      bom: true,
      columns: (header: string[]) => {
        if (header.length > MAX_COLUMNS) throw new Error('too many columns');
        return header.map((column) => column.trim().toLowerCase());
      },
      skip_empty_lines: true,
      trim: true,
    }) as Row[];
  } catch {
    throw new HsdsPackageUnreadable('error.protection.directory.importNotCsv');
  }
  if (rows.length > HSDS_PACKAGE_LIMITS.rows)
    throw new HsdsPackageUnreadable('error.protection.directory.importTooMany');
  void name;
  return rows;
}

const cell = (row: Row | undefined, column: string) => (row?.[column] ? row[column] : null);

/** Rows of a table grouped by a column, keeping their row numbers for problems. */
function byKey(rows: Row[], column: string): Map<string, { row: Row; index: number }[]> {
  const groups = new Map<string, { row: Row; index: number }[]>();
  rows.forEach((row, index) => {
    const key = cell(row, column);
    if (!key) return;
    groups.set(key, [...(groups.get(key) ?? []), { row, index }]);
  });
  return groups;
}

/**
 * The package's services as HSDS JSON services, and the problems found while linking the tables: a number that
 * is not one (`services.csv.<row>.minimum_age`), a row of a linked table naming a service that is not in
 * services.csv (`phones.csv.<row>.service_id`).
 */
export function hsdsServicesOfPackage(tables: Record<string, string>): {
  services: Json[];
  problems: Record<string, string>;
} {
  const problems: Record<string, string> = {};
  const services = rowsOf('services.csv', tables['services.csv']);
  const ids = new Set(services.map((row) => cell(row, 'id')).filter(Boolean));
  const linked = (file: string, column: string) => {
    const rows = rowsOf(file, tables[file]);
    rows.forEach((row, index) => {
      const key = cell(row, column);
      if (!key || !ids.has(key))
        problems[`${file}.${index}.${column}`] = 'error.protection.directory.packageUnknownService';
    });
    return byKey(rows, column);
  };
  const phones = linked('phones.csv', 'service_id');
  const languages = linked('languages.csv', 'service_id');
  const schedules = linked('schedules.csv', 'service_id');
  const areas = linked('service_areas.csv', 'service_id');
  const capacities = linked('service_capacity.csv', 'service_id');
  const atLocation = linked('service_at_location.csv', 'service_id');
  const attributes = byKey(rowsOf('attributes.csv', tables['attributes.csv']), 'link_id');
  const organizations = byKey(rowsOf('organizations.csv', tables['organizations.csv']), 'id');
  const locations = byKey(rowsOf('locations.csv', tables['locations.csv']), 'id');
  const addresses = byKey(rowsOf('addresses.csv', tables['addresses.csv']), 'location_id');

  const number = (row: Row, file: string, index: number, column: string) => {
    const value = cell(row, column);
    if (value === null) return null;
    if (/^-?\d{1,9}$/.test(value)) return Number(value);
    problems[`${file}.${index}.${column}`] = 'error.protection.directory.numberInvalid';
    return null;
  };
  const result = services.map((service, index) => {
    const id = cell(service, 'id') ?? '';
    const of = (groups: Map<string, { row: Row; index: number }[]>) => groups.get(id) ?? [];
    const capacity = of(capacities)[0];
    const locationId = cell(of(atLocation)[0]?.row, 'location_id');
    const address = locationId && locations.has(locationId) ? addresses.get(locationId)?.[0]?.row : undefined;
    const organization = organizations.get(cell(service, 'organization_id') ?? '')?.[0]?.row;
    return {
      id: cell(service, 'id'),
      name: cell(service, 'name'),
      description: cell(service, 'description'),
      email: cell(service, 'email') ?? cell(organization, 'email'),
      status: cell(service, 'status'),
      eligibility_description: cell(service, 'eligibility_description'),
      minimum_age: number(service, 'services.csv', index, 'minimum_age'),
      maximum_age: number(service, 'services.csv', index, 'maximum_age'),
      languages: of(languages).map(({ row }) => ({ code: cell(row, 'code') })),
      attributes: of(attributes).map(({ row }) => ({ taxonomy_term_id: cell(row, 'taxonomy_term_id') })),
      phones: of(phones).map(({ row }) => ({ number: cell(row, 'number') })),
      schedules: of(schedules).map(({ row }) => ({ description: cell(row, 'description') })),
      service_areas: of(areas).map(({ row }) => ({ name: cell(row, 'name') })),
      capacities: capacity
        ? [
            {
              maximum: number(capacity.row, 'service_capacity.csv', capacity.index, 'maximum'),
              description: cell(capacity.row, 'description'),
            },
          ]
        : [],
      service_at_locations: address ? [{ location: { addresses: [{ address_1: cell(address, 'address_1') }] } }] : [],
    } as Json;
  });
  return { services: result, problems };
}
