import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { auditAnchorJob } from './audit-anchor.job';
import { auditCheckpointRoutes } from './audit-checkpoint.routes';
import { AuditEvent } from './audit-event.entity';
import { auditPolicy } from './audit.policy';
import { AuditResolver } from './audit.resolver';

export { AuditEvent } from './audit-event.entity';
export { verifyAuditChain, type AuditChainVerification } from './audit-chain.service';
export {
  anchorAuditTrail,
  anchorRestoredTrail,
  configuredAnchorStore,
  verifyAuditTrail,
  type AuditProblem,
  type AuditTrailVerification,
} from './audit-anchor.service';
export { directoryAnchorStore, signCheckpoint, type AuditAnchorStore, type AuditCheckpoint } from './audit-checkpoint';
export { auditAnchorJob } from './audit-anchor.job';
export { createAuditTrail, PERSONAL_DATA_READ, type AuditRequestInfo } from './audit-writer';

/** The append-only, hash-chained audit trail, its signed checkpoints outside the database, the auditors' views. */
export const auditModule: EnlaceModule<RequestContext> = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  policies: [auditPolicy],
  jobs: [auditAnchorJob],
  routes: auditCheckpointRoutes,
  async start(runtime) {
    if (runtime.config.audit.signingKey.development)
      runtime.logger.warn(
        'ENLACE_AUDIT_SIGNING_KEY is not set: audit checkpoints are signed with the published development key and prove nothing',
      );
  },
  apiScopes: [{ area: 'audit', subjects: ['AuditEvent'] }],
  inputLimits: {
    maxLength: {
      'Query.auditTrail(after:)': 200,
      'Query.dataOwnerAccessLog(after:)': 200,
      'AuditTrailFilter.action': 100,
      'AuditTrailFilter.entityType': 100,
      'AuditTrailFilter.entityId': 100,
      'DataOwnerAccessFilter.action': 100,
      'DataOwnerAccessFilter.entityType': 100,
      'DataOwnerAccessFilter.entityId': 100,
    },
  },
  guardedSubjects: ['AuditEvent'],
};
