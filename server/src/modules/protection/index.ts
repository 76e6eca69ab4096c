import type { RequestContext } from '../../platform/context';
import { enqueueStatisticsBackfill, statisticsBackfillJob } from './survivor-statistics-backfill';
import { protectionInputLimits } from './protection.input-limits';
import type { WrappedKeyTable } from '../../platform/crypto/key-rotation';
import type { EnlaceModule } from '../../platform/module';
import { ConsentOverride, ConsentText, SurvivorConsent } from './consent.entity';
import { ConsentOverrideResolver, ConsentResolver, SurvivorConsentsResolver } from './consent.resolver';
import { protectionPolicy } from './protection.policy';
import { SURVIVOR_PERSONAL_FIELDS } from './survivor-personal-data';
import { Survivor } from './survivor.entity';
import { resolveSurvivorReference, SurvivorResolver } from './survivor.resolver';
import { type ReferredSurvivor, ReferredSurvivorResolver } from './referred-survivor';
import { ServiceReferral } from './service-referral.entity';
import { serviceReferralPolicy } from './service-referral.policy';
import {
  resolveServiceReferralReference,
  ServiceReferralResolver,
  SurvivorServiceReferralsResolver,
} from './service-referral.resolver';
import { SHAREABLE_FIELDS } from './shared-fields';
import { DirectoryService } from './directory-service.entity';
import { directoryHsdsRoutes } from './directory-hsds';
import { directoryHsdsImportRoutes } from './directory-hsds-import';
import { directoryServicePolicy } from './directory-service.policy';
import { DirectoryServiceResolver } from './directory-service.resolver';
import { ScreeningResolver } from './screening.resolver';
import { ProtectionReferral } from './protection-referral.entity';
import { PROTECTION_REFERRAL_PERSONAL, protectionReferralPolicy } from './protection-referral.policy';
import { ProtectionReferralResolver } from './protection-referral.resolver';
import { ServiceReferralAttachmentRecord, ServiceReferralMessageRecord } from './service-referral-conversation.entity';
import { ServiceReferralConversationResolver } from './service-referral-conversation.resolver';
import type { ServiceReferralAttachment, ServiceReferralMessage } from './service-referral-conversation.view';
import { serviceReferralFileRoutes } from './service-referral-files.routes';
import { ServiceReferralEventsResolver } from './service-referral-live';
import { consentScanRoutes, ConsentScanResolver } from './consent-scan';

export { Survivor };
export { SURVIVOR_PERSONAL_FIELDS } from './survivor-personal-data';
// For the durable-solutions module: what a solution referral shares, read through the same sealed record.
export { Exploitation, SurvivorDocument, type SurvivorPersonalField } from './survivor-personal-data';
export { openPersonalData } from './survivor-sealing';
export { ConsentDataCategory } from './consent.enums';
export { ExploitationKind, SurvivorSex, SurvivorVulnerability } from './survivor.enums';
export { AGE_BANDS, ageBandOf, type AgeBand } from './survivor-statistics';
export { backfillStatisticsBatch, STATISTICS_BACKFILL_JOB } from './survivor-statistics-backfill';
export { assignSurvivorCase, closeSurvivorCase, formatSurvivorCode, registerSurvivor } from './survivor.service';
export { SurvivorClosureReason } from './survivor.enums';
export { consentCoverage, consentStatus } from './consent.service';
// For demo data of the durable-solutions module: consent recorded through the service itself.
export { currentConsentTexts, recordConsent } from './consent.service';
export { ConsentStatus, ProtectionService } from './consent.enums';
export { SurvivorConsent, ConsentOverride } from './consent.entity';
export { ServiceReferral };
export { ServiceReferralStatus, ServiceReferralStep, SharedField } from './service-referral.enums';
export { findReadableServiceReferral, referToService, stepServiceReferral } from './service-referral.service';
export { FIELD_CATEGORY, SHAREABLE_FIELDS, SUGGESTED_FIELDS, categoriesOf } from './shared-fields';
export { sharingInForceSql } from './service-referral-sharing';
export { DirectoryService, ServiceAvailability } from './directory-service.entity';
export { hsdsService, HSDS_EXPORT_PATH } from './directory-hsds';
export { recordScreening } from './screening.service';
export { ProtectionReferral, ProtectionReferralStatus } from './protection-referral.entity';
export { referToProtection, acceptProtectionReferral } from './protection-referral.service';
export { withdrawConsent } from './consent.service';
export { saveDirectoryService } from './directory-service.service';
export { postServiceReferralMessage, uploadServiceReferralFile } from './service-referral-conversation.service';
export {
  IndicatorAnswer,
  IndicatorCategory,
  ScreeningConclusion,
  ScreeningIndicator,
  ScreeningLevel,
  SCREENING_FORM_VERSION,
  screeningLevel,
} from './screening.form';

/** Tables whose data keys `pnpm keys:rotate` re-wraps (the record id is bound into each wrapping). */
export const PROTECTION_WRAPPED_KEYS: readonly WrappedKeyTable[] = [
  { table: 'survivor', idColumn: 'id', wrappedKeyColumn: 'data_key', keyIdColumn: 'key_id' },
  { table: 'protection_referral', idColumn: 'id', wrappedKeyColumn: 'data_key', keyIdColumn: 'key_id' },
];

/**
 * Survivor protection: the survivor record held by the registering agency, its personal data encrypted at rest
 * (platform/crypto), caseload and assignment, consent, referrals to services with need-to-know sharing, every read
 * of personal data audited.
 */
export const protectionModule: EnlaceModule<RequestContext> = {
  inputLimits: protectionInputLimits,
  name: 'protection',
  jobs: [statisticsBackfillJob],
  entities: [
    Survivor,
    ConsentText,
    SurvivorConsent,
    ConsentOverride,
    DirectoryService,
    ServiceReferral,
    ProtectionReferral,
    ServiceReferralMessageRecord,
    ServiceReferralAttachmentRecord,
  ],
  resolvers: [
    SurvivorResolver,
    ConsentResolver,
    SurvivorConsentsResolver,
    ConsentOverrideResolver,
    ServiceReferralResolver,
    SurvivorServiceReferralsResolver,
    ReferredSurvivorResolver,
    DirectoryServiceResolver,
    ScreeningResolver,
    ProtectionReferralResolver,
    ServiceReferralConversationResolver,
    ServiceReferralEventsResolver,
    ConsentScanResolver,
  ],
  routes: (app, runtime) => {
    directoryHsdsRoutes(app, runtime);
    directoryHsdsImportRoutes(app, runtime);
    serviceReferralFileRoutes(app, runtime);
    consentScanRoutes(app, runtime);
  },
  referenceResolvers: { Survivor: resolveSurvivorReference, ServiceReferral: resolveServiceReferralReference },
  policies: [protectionPolicy, serviceReferralPolicy, directoryServicePolicy, protectionReferralPolicy],
  guardedSubjects: [
    'Survivor',
    'SurvivorConsent',
    'ConsentOverride',
    'ServiceReferral',
    'ReferredSurvivor',
    'DirectoryService',
    'ProtectionReferral',
    'ServiceReferralMessage',
    'ServiceReferralAttachment',
  ],
  personalData: [
    {
      // The conversation on a referral to a service: what either side wrote may describe the person.
      subject: 'ServiceReferralMessage',
      fields: ['body'],
      idOf: (message) => (message as ServiceReferralMessage).id,
      ownerAgencyOf: (message) => (message as ServiceReferralMessage).holdingAgencyId,
    },
    {
      subject: 'ServiceReferralAttachment',
      fields: ['fileName'],
      idOf: (file) => (file as ServiceReferralAttachment).id,
      ownerAgencyOf: (file) => (file as ServiceReferralAttachment).holdingAgencyId,
    },
    {
      // What a border post sent about a person: read only by the receiving protection agency, each read audited.
      subject: 'ProtectionReferral',
      fields: PROTECTION_REFERRAL_PERSONAL,
      idOf: (referral) => (referral as ProtectionReferral).id,
      ownerAgencyOf: (referral) => (referral as ProtectionReferral).senderAgency.id,
    },
    {
      subject: 'Survivor',
      fields: SURVIVOR_PERSONAL_FIELDS,
      idOf: (survivor) => (survivor as Survivor).id,
      ownerAgencyOf: (survivor) => (survivor as Survivor).holdingAgency.id,
    },
    {
      // What a provider reads of a referred survivor: audited against the survivor's record and holding agency.
      subject: 'ReferredSurvivor',
      fields: [...SHAREABLE_FIELDS, 'note'],
      idOf: (view) => (view as ReferredSurvivor).survivorId,
      ownerAgencyOf: (view) => (view as ReferredSurvivor).holdingAgencyId,
    },
    {
      subject: 'ServiceReferral',
      fields: ['note'],
      idOf: (referral) => (referral as ServiceReferral).id,
      ownerAgencyOf: (referral) => (referral as ServiceReferral).holdingAgency.id,
    },
  ],
  async start(runtime) {
    await enqueueStatisticsBackfill(runtime);
    if (runtime.config.encryption.development)
      runtime.logger.warn(
        'ENLACE_ENCRYPTION_KEYS and ENLACE_BLIND_INDEX_KEY are not set: personal data is encrypted with the published development keys (not for real data)',
      );
  },
};
