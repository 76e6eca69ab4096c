import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { Agency } from './agency.entity';
import { authenticateRequest } from './auth/authenticate';
import { Country } from './country.entity';
import { CountryResolver, resolveCountryReference } from './country.resolver';
import { CrossingPoint } from './crossing-point.entity';
import { identityPolicy } from './identity.policy';
import { Mechanism } from './mechanism.entity';
import { User } from './user.entity';

export { Agency, Country, CrossingPoint, Mechanism, User, authenticateRequest };

export const identityModule: EnlaceModule<RequestContext> = {
  name: 'identity',
  entities: [Country, Agency, User, Mechanism, CrossingPoint],
  resolvers: [CountryResolver],
  referenceResolvers: { Country: resolveCountryReference },
  policies: [identityPolicy],
  guardedSubjects: ['Agency', 'User', 'Mechanism'],
  personalData: [
    {
      subject: 'User',
      fields: ['email'],
      idOf: (user) => (user as User).id,
      ownerAgencyOf: (user) => (user as User).agency.id,
    },
  ],
};
