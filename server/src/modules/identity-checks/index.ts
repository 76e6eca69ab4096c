import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { IdentityCheck, IdentityCheckKey, IdentityRecord } from './identity-check.entity';
import { identityCheckPolicy } from './identity-check.policy';
import { IdentityCheckResolver } from './identity-check.resolver';

export { IdentityCheckOutcome } from './identity-check.entity';
export { normaliseDocument, personKeys } from './identifier-normalisation';
export { checkIdentity, registerIdentityRecord } from './identity-check.service';

/** Hit/no-hit checks across the agencies of a mechanism, on keyed blind indexes (docs/federation.md). */
export const identityChecksModule: EnlaceModule<RequestContext> = {
  name: 'identity-checks',
  entities: [IdentityRecord, IdentityCheck, IdentityCheckKey],
  resolvers: [IdentityCheckResolver],
  policies: [identityCheckPolicy],
  inputLimits: {
    maxLength: {
      'IdentityCheckInput.purpose': 500,
      'IdentityRecordInput.reference': 100,
      'PersonIdentifiersInput.familyNames': 200,
      'PersonIdentifiersInput.givenNames': 200,
      'DocumentIdentifierInput.number': 40,
      'DocumentIdentifierInput.issuingCountry': 2,
    },
  },
};
