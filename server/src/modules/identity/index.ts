import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { Country } from './country.entity';
import { CountryResolver, resolveCountryReference } from './country.resolver';

export { Country };

export const identityModule: EnlaceModule<RequestContext> = {
  name: 'identity',
  entities: [Country],
  resolvers: [CountryResolver],
  referenceResolvers: { Country: resolveCountryReference },
};
