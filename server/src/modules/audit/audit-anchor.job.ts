import { JobError, type JobDefinition } from '../../platform/jobs/job';
import { anchorAuditTrail } from './audit-anchor.service';

/**
 * Every ENLACE_AUDIT_ANCHOR_CRON (default every 15 minutes), once across all server processes: verifies the
 * trail against the earlier checkpoints and appends a signed checkpoint of its head. A broken trail fails the
 * job for good with AUDIT_CHAIN_BROKEN, which the platform admin sees among failed jobs, and logs the first
 * broken event's position (never its content).
 */
export const auditAnchorJob: JobDefinition<Record<string, never>> = {
  name: 'audit.anchor',
  schedule: (config) => config.audit.anchorCron,
  onlyOneAtATime: true,
  retry: () => ({ limit: 2, delaySeconds: 60, backoff: true }),
  timeoutSeconds: 3600,
  async handle(_data, _attempt, { orm, config, logger }) {
    const { verification, written } = await anchorAuditTrail(orm.em.fork(), config);
    if (!verification.valid) {
      const { problem, firstBrokenSeq, brokenBySeq, checkpointName } = verification;
      logger.error({ problem, firstBrokenSeq, brokenBySeq, checkpointName }, 'audit trail does not verify');
      throw new JobError('AUDIT_CHAIN_BROKEN', true);
    }
    if (config.audit.signingKey.development)
      logger.warn('audit checkpoints are signed with the published development key: set ENLACE_AUDIT_SIGNING_KEY');
    if (written) logger.info({ seq: written.seq, keyId: written.keyId }, 'audit checkpoint written');
  },
};
