import { AgencyResolver } from './agency.resolver';
import { CountryResolver } from './country.resolver';
import { MechanismResolver } from './mechanism.resolver';
import { UserRelationsResolver } from './user.resolver';

/** Resolvers of the directory: countries, agencies, mechanisms. */
export const directoryResolvers = [CountryResolver, AgencyResolver, MechanismResolver, UserRelationsResolver];
