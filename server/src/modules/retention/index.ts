import type { RequestContext } from '../../platform/context';
import { fileStore } from '../../platform/files/file-store';
import type { EnlaceModule } from '../../platform/module';
import { createAuditTrail } from '../audit';
import { AnonymisedRecord } from './anonymised-record.entity';
import { runRetention } from './retention.service';
import { AgencyRetentionTerm } from './terms/agency-retention-term.entity';
import { retentionTermsPolicy } from './terms/retention-terms.policy';
import { RetentionTermsResolver } from './terms/retention-terms.resolver';

export { retentionReport, runRetention, type RetentionLine } from './retention.service';
export { AgencyRetentionTerm } from './terms/agency-retention-term.entity';
export { agencyRetentionReport, setAgencyRetentionTerm } from './terms/retention-terms.service';
export { AgencyRetentionKind } from './terms/retention-terms.types';

/**
 * The retention schedule applied (docs/security.md, "Retention"): a nightly sweep anonymises closed referrals
 * and survivor records past their term and purges ended sessions, invitations, idempotency keys, rate-limit
 * rows, old mail and archived jobs. `pnpm retention:report` tells what it would do. Agencies set their own terms
 * for the cases they own within the platform's bounds, and read what is due and done (`agencyRetention`).
 */
export const retentionModule: EnlaceModule<RequestContext> = {
  name: 'retention',
  entities: [AnonymisedRecord, AgencyRetentionTerm],
  resolvers: [RetentionTermsResolver],
  policies: [retentionTermsPolicy],
  jobs: [
    {
      name: 'retention.sweep',
      schedule: (config) => config.retention.cron,
      onlyOneAtATime: true,
      retry: () => ({ limit: 2, delaySeconds: 600, backoff: true }),
      timeoutSeconds: 3600,
      async handle(_data, attempt, { orm, config, logger }) {
        const audit = createAuditTrail(
          { actor: null, requestId: `retention:${attempt.id}`, clientAddress: undefined },
          config.audit.signingKey,
        );
        const done = await runRetention({ orm, config, files: fileStore(config.attachments), audit });
        logger.info(
          { retention: done.filter((line) => line.count > 0 && line.treatment !== 'keep') },
          'retention sweep',
        );
      },
    },
  ],
};
