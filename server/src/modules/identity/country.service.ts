import { conflict, notFound } from '../../platform/graphql/errors';
import type { RequestContext } from '../../platform/context';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Country } from './country.entity';
import type { CreateCountryInput, UpdateCountryInput } from './country.inputs';
import { FieldProblems, isBlank, isInterfaceLocale, isTimeZone } from './directory.validation';
import type { LocalizedNames } from './localized-names';

export function listCountries(context: RequestContext): Promise<Country[]> {
  return context.em.find(Country, {}, { orderBy: { code: 'asc' } });
}

export async function createCountry(context: RequestContext, input: CreateCountryInput): Promise<Country> {
  const code = input.code.trim().toUpperCase();
  validateCountry({ ...input, code }, 'input');
  return inUnitOfWork(context, async (em) => {
    if (await em.count(Country, { code })) throw conflict('error.country.exists', 'This country already exists');
    const draft = em.create(Country, { ...input, code });
    assertCanCreate(context.ability, draft);
    await context.audit.record(em, { action: 'country.create', entityType: 'Country', entityId: code });
    return draft;
  });
}

export async function updateCountry(context: RequestContext, input: UpdateCountryInput): Promise<Country> {
  return inUnitOfWork(context, async (em) => {
    const country = await em.findOne(Country, { code: input.code.trim().toUpperCase() });
    if (!country) throw notFound('Country');
    assertCan(context.ability, 'update', country, 'Country');
    const changed = {
      names: input.names ?? country.names,
      defaultLocale: input.defaultLocale ?? country.defaultLocale,
      timeZone: input.timeZone ?? country.timeZone,
    };
    validateCountry({ code: country.code, ...changed }, 'input');
    em.assign(country, changed);
    await context.audit.record(em, { action: 'country.update', entityType: 'Country', entityId: country.code });
    return country;
  });
}

function validateCountry(
  country: { code: string; names: LocalizedNames; defaultLocale: string; timeZone: string },
  path: string,
): void {
  new FieldProblems()
    .check(/^[A-Z]{2}$/.test(country.code), `${path}.code`, 'error.country.codeFormat')
    .check(!isBlank(country.names.es), `${path}.names.es`, 'error.nameRequired')
    .check(isInterfaceLocale(country.defaultLocale), `${path}.defaultLocale`, 'error.localeUnknown')
    .check(isTimeZone(country.timeZone), `${path}.timeZone`, 'error.timeZoneUnknown')
    .throwIfAny();
}
