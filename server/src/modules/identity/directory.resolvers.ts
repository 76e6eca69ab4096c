import { CountryResolver } from './country.resolver';

/** Resolvers of the directory: countries, agencies, mechanisms. */
export const directoryResolvers = [CountryResolver];
