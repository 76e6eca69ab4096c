import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import type { WrappedKeyTable } from '../../platform/crypto/key-rotation';
import { IdentityCheck, IdentityCheckKey, IdentityRecord, IdentityReindexRun } from './identity-check.entity';
import { reindexJob } from './identity-reindex';
import { identityCheckPolicy } from './identity-check.policy';
import { IdentityCheckResolver } from './identity-check.resolver';

export { IdentityCheckOutcome } from './identity-check.entity';
export { normaliseDocument, personKeys } from './identifier-normalisation';
export { checkIdentity, registerIdentityRecord } from './identity-check.service';
export { textNamesRegisteredPerson } from './person-mentions';

/** Identity records keep what was typed sealed (for re-indexing): their data keys rotate with `pnpm keys:rotate`. */
export const IDENTITY_CHECK_WRAPPED_KEYS: readonly WrappedKeyTable[] = [
  { table: 'identity_record', idColumn: 'id', wrappedKeyColumn: 'data_key', keyIdColumn: 'key_id' },
];

/** Hit/no-hit checks across the agencies of a mechanism, on keyed blind indexes (docs/federation.md). */
export const identityChecksModule: EnlaceModule<RequestContext> = {
  name: 'identity-checks',
  entities: [IdentityRecord, IdentityCheck, IdentityCheckKey, IdentityReindexRun],
  jobs: [reindexJob],
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
