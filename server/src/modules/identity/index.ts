import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { Agency, AgencyKind } from './agency.entity';
import { authEntities, authenticateRequest, authResolvers } from './auth';
import { Country } from './country.entity';
import { resolveCountryReference } from './country.resolver';
import { CrossingPoint } from './crossing-point.entity';
import { resolveAgencyReference, resolveMechanismReference } from './directory.references';
import { directoryResolvers } from './directory.resolvers';
import { identityInputLimits } from './identity.input-limits';
import { identityPolicy } from './identity.policy';
import { Mechanism, MechanismKind } from './mechanism.entity';
import { User } from './user.entity';

export { Agency, AgencyKind, Country, CrossingPoint, Mechanism, MechanismKind, User, authenticateRequest };
export { loadActor } from './auth/actor-loader';
export { ApiToken } from './auth/api-token.entity';
export { LocalizedNames } from './localized-names';

export const identityModule: EnlaceModule<RequestContext> = {
  name: 'identity',
  entities: [Country, Agency, User, Mechanism, CrossingPoint, ...authEntities],
  resolvers: [...directoryResolvers, ...authResolvers],
  referenceResolvers: {
    Country: resolveCountryReference,
    Agency: resolveAgencyReference,
    Mechanism: resolveMechanismReference,
  },
  policies: [identityPolicy],
  // Role grant requests are in no area: no token ever sees or decides them.
  apiScopes: [{ area: 'directory', subjects: ['Country', 'Agency', 'Mechanism', 'User'] }],
  inputLimits: identityInputLimits,
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
