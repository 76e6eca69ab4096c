import type { Express } from 'express';
import { permittedFilter } from '../../platform/authz/accessible-query';
import type { RequestContext } from '../../platform/context';
import { EnlaceError } from '../../platform/graphql/errors';
import type { ModuleRuntime } from '../../platform/module';
import type { Agency } from '../identity';
import { ProtectionService } from './consent.enums';
import { DirectoryService, ServiceAvailability } from './directory-service.entity';
import { directoryWhere } from './directory-service.service';

/** The route of the export, documented in docs/user-guide and the architecture. */
export const HSDS_EXPORT_PATH = '/api/directory/hsds/services';
const MAX_EXPORT = 1000;

const STATUS: Record<ServiceAvailability, string> = {
  AVAILABLE: 'active',
  LIMITED: 'active',
  FULL: 'temporarily closed',
  SUSPENDED: 'temporarily closed',
};

/**
 * One directory service as an Open Referral HSDS 3.0 `service`, with its `organization` (the agency) and its
 * `service_at_locations` nested, as HSDS's "service" API response does. Our service types travel as
 * `attributes` with taxonomy terms of the vocabulary `enlace-protection-service`; availability beyond HSDS's
 * `status` travels as `capacities`.
 */
export function hsdsService(service: DirectoryService, agency: Agency) {
  const id = service.id;
  return {
    id,
    organization_id: agency.id,
    name: service.name,
    description: service.description,
    email: service.email,
    status: service.active ? STATUS[service.availability] : 'inactive',
    eligibility_description: service.eligibility,
    minimum_age: service.minimumAge,
    maximum_age: service.maximumAge,
    last_modified: service.updatedAt.toISOString(),
    languages: service.languages.map((code, index) => ({ id: `${id}-lang-${index}`, service_id: id, code })),
    service_areas: service.areaServed
      ? [{ id: `${id}-area`, service_id: id, name: service.areaServed, extent_type: 'text' }]
      : [],
    schedules: service.hours ? [{ id: `${id}-hours`, service_id: id, description: service.hours }] : [],
    phones: service.phone ? [{ id: `${id}-phone`, service_id: id, number: service.phone }] : [],
    capacities: [
      {
        id: `${id}-capacity`,
        service_id: id,
        maximum: service.capacity,
        available: service.availability === ServiceAvailability.FULL ? 0 : null,
        unit: { id: 'places', name: 'places' },
        updated: service.updatedAt.toISOString(),
        description: service.availability,
      },
    ],
    attributes: service.types.map((type) => ({
      id: `${id}-type-${type}`,
      link_id: id,
      link_type: 'service',
      taxonomy_term_id: type,
      taxonomy_term: { id: type, code: type, name: type, vocabulary: 'enlace-protection-service' },
    })),
    organization: {
      id: agency.id,
      name: agency.name,
      alternate_name: agency.acronym,
      description: null,
    },
    service_at_locations: service.address
      ? [
          {
            id: `${id}-at`,
            service_id: id,
            location: {
              id: `${id}-location`,
              organization_id: agency.id,
              location_type: 'physical',
              name: service.name,
              addresses: [
                {
                  id: `${id}-address`,
                  address_type: 'physical',
                  address_1: service.address,
                  city: null,
                  state_province: null,
                  postal_code: null,
                  country: service.countryCode,
                },
              ],
            },
          },
        ]
      : [],
  };
}

/**
 * GET /api/directory/hsds/services[?countryCode=CR&type=SAFE_SHELTER&language=es&availableOnly=true]:
 * the directory (at most 1,000 services, by name) as a JSON array of HSDS 3.0 services. Signed-in users only,
 * like the directory itself; filters as the `directoryServices` query's.
 */
export function directoryHsdsRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  app.get(HSDS_EXPORT_PATH, async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return res.status(401).json({ code: 'UNAUTHENTICATED', messageKey: 'error.unauthenticated' });
      const one = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : null);
      const type = one('type');
      let where;
      try {
        if (type && !(Object.values(ProtectionService) as string[]).includes(type))
          throw new EnlaceError('BAD_USER_INPUT', 'error.protection.directory.typeInvalid', 'Unknown type');
        where = directoryWhere({
          first: MAX_EXPORT,
          countryCode: one('countryCode'),
          type: type as ProtectionService | null,
          language: one('language'),
          availableOnly: one('availableOnly') === 'true',
        });
      } catch (error) {
        if (error instanceof EnlaceError)
          return res.status(400).json({
            code: 'BAD_USER_INPUT',
            messageKey: error.extensions.messageKey,
            fields: error.extensions.fields,
          });
        throw error;
      }
      const filter = permittedFilter(context.em, context.ability, 'read', DirectoryService, { $and: where });
      const services = filter
        ? await context.em.find(DirectoryService, filter, {
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
            limit: MAX_EXPORT,
            populate: ['agency'],
          })
        : [];
      res.setHeader('Cache-Control', 'no-store');
      res.json(services.map((service) => hsdsService(service, service.agency.unwrap())));
    } catch (error) {
      next(error);
    }
  });
}
