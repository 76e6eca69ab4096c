import express, { type Express, type Response } from 'express';
import type { RequestContext } from '../../platform/context';
import { EnlaceError } from '../../platform/graphql/errors';
import type { ModuleRuntime } from '../../platform/module';
import { ProtectionService } from './consent.enums';
import { ServiceAvailability } from './directory-service.entity';
import type { DirectoryServiceInput } from './directory-service.inputs';
import { checkedDirectoryService, saveDirectoryService } from './directory-service.service';
import { HSDS_EXPORT_PATH } from './directory-hsds';
import { HsdsCsvUnreadable, hsdsServicesOfCsv } from './directory-hsds-csv';
import { HsdsPackageUnreadable, hsdsServicesOfPackage, tablesOfZip } from './directory-hsds-package';

/** At most this many services per upload, and this many bytes of JSON or CSV. */
export const HSDS_IMPORT_LIMITS = { services: 200, bytes: 1_000_000 } as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const whole = (value: unknown): number | null => (Number.isInteger(value) ? (value as number) : null);

/**
 * An Open Referral HSDS 3.0 `service` (as our export writes it, or as another directory does) as the input of a
 * new service of the caller's agency. Kinds of service are the `attributes` whose taxonomy term code is one of
 * ours; availability is the capacity's description if it names one, else HSDS's `status`.
 */
export function directoryInputOfHsds(service: Json): DirectoryServiceInput {
  const capacity = list(service.capacities)[0];
  const address = list(
    list(service.service_at_locations)
      .map((at) => at.location)
      .filter(isObject)[0]?.addresses,
  )[0];
  const types = list(service.attributes)
    .map((attribute) => (isObject(attribute.taxonomy_term) ? attribute.taxonomy_term.code : attribute.taxonomy_term_id))
    .filter((code): code is ProtectionService => (Object.values(ProtectionService) as unknown[]).includes(code));
  const described = capacity?.description;
  const status = text(service.status);
  const availability = (Object.values(ServiceAvailability) as unknown[]).includes(described)
    ? (described as ServiceAvailability)
    : status === 'temporarily closed'
      ? ServiceAvailability.SUSPENDED
      : ServiceAvailability.AVAILABLE;
  return {
    name: text(service.name) ?? '',
    description: text(service.description),
    types: [...new Set(types)],
    eligibility: text(service.eligibility_description),
    minimumAge: whole(service.minimum_age),
    maximumAge: whole(service.maximum_age),
    languages: list(service.languages)
      .map((language) => text(language.code)?.toLowerCase())
      .filter((code): code is string => !!code),
    hours: text(list(service.schedules)[0]?.description),
    areaServed: text(list(service.service_areas)[0]?.name),
    address: text(address?.address_1),
    phone: text(list(service.phones)[0]?.number),
    email: text(service.email),
    capacity: whole(capacity?.maximum),
    availability,
    active: status !== 'inactive',
  } as DirectoryServiceInput;
}

function refuse(res: Response, status: number, code: string, messageKey: string, fields?: Record<string, string>) {
  return res.status(status).json({ code, messageKey, ...(fields ? { fields } : {}) });
}

/**
 * The body as HSDS services: CSV (`text/csv`, see directory-hsds-csv), a ZIP data package (`application/zip`, see
 * directory-hsds-package) or JSON; a string is a refusal's key. `rowPrefix` is how problems name a service's row.
 */
async function readServices(
  req: express.Request,
  res: Response,
): Promise<{ services: unknown; problems: Record<string, string>; rowPrefix: string } | string> {
  if (req.is('application/zip')) {
    const reader = express.raw({ type: 'application/zip', limit: HSDS_IMPORT_LIMITS.bytes });
    try {
      await new Promise<void>((resolve, reject) =>
        reader(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
      );
    } catch {
      return 'error.protection.directory.importNotZip';
    }
    try {
      const body: unknown = req.body;
      const read = hsdsServicesOfPackage(tablesOfZip(Buffer.isBuffer(body) ? body : Buffer.alloc(0)));
      return { ...read, rowPrefix: 'services.csv' };
    } catch (error) {
      if (error instanceof HsdsPackageUnreadable) return error.messageKey;
      throw error;
    }
  }
  const csv = !!req.is('text/csv');
  const reader = csv
    ? express.text({ type: 'text/csv', limit: HSDS_IMPORT_LIMITS.bytes })
    : express.json({ limit: HSDS_IMPORT_LIMITS.bytes });
  try {
    await new Promise<void>((resolve, reject) =>
      reader(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    );
  } catch {
    return csv ? 'error.protection.directory.importNotCsv' : 'error.protection.directory.importNotJson';
  }
  const body: unknown = req.body;
  if (!csv)
    return {
      services: Array.isArray(body) ? body : isObject(body) ? body.services : null,
      problems: {},
      rowPrefix: 'services',
    };
  try {
    return { ...hsdsServicesOfCsv(typeof body === 'string' ? body : ''), rowPrefix: 'services' };
  } catch (error) {
    if (error instanceof HsdsCsvUnreadable) return 'error.protection.directory.importNotCsv';
    throw error;
  }
}

/**
 * POST /api/directory/hsds/services (JSON: an array of HSDS services, or `{ "services": [...] }`; or `text/csv`:
 * HSDS's services.csv, one service a row; or `application/zip`: an HSDS tabular data package, several CSV files
 * linked by ids): an agency admin adds their agency's services from another
 * directory's export. The whole file is checked first (every service, each problem named
 * `services.<index>.<field>`, or `<file>.<row>.<field>` for a package, rows counted from 0); nothing is created unless all of it is valid.
 */
export function directoryHsdsImportRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  app.post(HSDS_EXPORT_PATH, async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return refuse(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      if (!context.ability.can('create', 'DirectoryService')) return refuse(res, 403, 'FORBIDDEN', 'error.forbidden');
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > HSDS_IMPORT_LIMITS.bytes)
        return refuse(res, 413, 'BAD_USER_INPUT', 'error.protection.directory.importTooLarge');
      const read = await readServices(req, res);
      if (typeof read === 'string') return refuse(res, 400, 'BAD_USER_INPUT', read);
      const { services } = read;
      if (!Array.isArray(services) || services.length === 0 || !services.every(isObject))
        return refuse(res, 400, 'BAD_USER_INPUT', 'error.protection.directory.importNotServices');
      if (services.length > HSDS_IMPORT_LIMITS.services)
        return refuse(res, 400, 'BAD_USER_INPUT', 'error.protection.directory.importTooMany');
      const inputs = services.map(directoryInputOfHsds);
      const problems: Record<string, string> = { ...read.problems };
      inputs.forEach((input, index) => {
        try {
          checkedDirectoryService(input);
        } catch (error) {
          if (!(error instanceof EnlaceError)) throw error;
          const fields = (error.extensions.fields ?? {}) as Record<string, string>;
          for (const [path, key] of Object.entries(fields))
            problems[`${read.rowPrefix}.${index}.${path.replace(/^input\./, '')}`] = key;
        }
      });
      if (Object.keys(problems).length > 0)
        return refuse(res, 400, 'BAD_USER_INPUT', 'error.protection.directory.importInvalid', problems);
      const created: string[] = [];
      for (const input of inputs) created.push((await saveDirectoryService(context, input)).id);
      res.status(201).json({ created: created.length, ids: created });
    } catch (error) {
      next(error);
    }
  });
}
