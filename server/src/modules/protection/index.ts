import type { RequestContext } from '../../platform/context';
import { protectionInputLimits } from './protection.input-limits';
import type { WrappedKeyTable } from '../../platform/crypto/key-rotation';
import type { EnlaceModule } from '../../platform/module';
import { ConsentOverride, ConsentText, SurvivorConsent } from './consent.entity';
import { ConsentOverrideResolver, ConsentResolver, SurvivorConsentsResolver } from './consent.resolver';
import { protectionPolicy } from './protection.policy';
import { SURVIVOR_PERSONAL_FIELDS } from './survivor-personal-data';
import { Survivor } from './survivor.entity';
import { resolveSurvivorReference, SurvivorResolver } from './survivor.resolver';

export { Survivor };
export { SURVIVOR_PERSONAL_FIELDS } from './survivor-personal-data';
// For the durable-solutions module: what a solution referral shares, read through the same sealed record.
export { Exploitation, SurvivorDocument, type SurvivorPersonalField } from './survivor-personal-data';
export { openPersonalData } from './survivor-sealing';
export { ConsentDataCategory } from './consent.enums';
export { SurvivorSex, SurvivorVulnerability } from './survivor.enums';
export { assignSurvivorCase, closeSurvivorCase, formatSurvivorCode, registerSurvivor } from './survivor.service';
export { SurvivorClosureReason } from './survivor.enums';
export { consentCoverage, consentStatus } from './consent.service';
// For demo data of the durable-solutions module: consent recorded through the service itself.
export { currentConsentTexts, recordConsent } from './consent.service';
export { ConsentStatus, ProtectionService } from './consent.enums';
export { SurvivorConsent, ConsentOverride } from './consent.entity';

/** Tables whose data keys `pnpm keys:rotate` re-wraps (the record id is bound into each wrapping). */
export const PROTECTION_WRAPPED_KEYS: readonly WrappedKeyTable[] = [
  { table: 'survivor', idColumn: 'id', wrappedKeyColumn: 'data_key', keyIdColumn: 'key_id' },
];

/**
 * Survivor protection: the survivor record held by the registering agency, its personal data encrypted at rest
 * (platform/crypto), caseload and assignment, every read of personal data audited.
 */
export const protectionModule: EnlaceModule<RequestContext> = {
  inputLimits: protectionInputLimits,
  name: 'protection',
  entities: [Survivor, ConsentText, SurvivorConsent, ConsentOverride],
  resolvers: [SurvivorResolver, ConsentResolver, SurvivorConsentsResolver, ConsentOverrideResolver],
  referenceResolvers: { Survivor: resolveSurvivorReference },
  policies: [protectionPolicy],
  guardedSubjects: ['Survivor', 'SurvivorConsent', 'ConsentOverride'],
  personalData: [
    {
      subject: 'Survivor',
      fields: SURVIVOR_PERSONAL_FIELDS,
      idOf: (survivor) => (survivor as Survivor).id,
      ownerAgencyOf: (survivor) => (survivor as Survivor).holdingAgency.id,
    },
  ],
  async start(runtime) {
    if (runtime.config.encryption.development)
      runtime.logger.warn(
        'ENLACE_ENCRYPTION_KEYS and ENLACE_BLIND_INDEX_KEY are not set: personal data is encrypted with the published development keys (not for real data)',
      );
  },
};
