import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { AuditEvent } from './audit-event.entity';
import { auditPolicy } from './audit.policy';
import { AuditResolver } from './audit.resolver';

export { AuditEvent } from './audit-event.entity';
export { verifyAuditChain, type AuditChainVerification } from './audit-chain.service';
export { createAuditTrail, PERSONAL_DATA_READ, type AuditRequestInfo } from './audit-writer';

/** The append-only, hash-chained audit trail and the auditors' views of it. */
export const auditModule: EnlaceModule<RequestContext> = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  policies: [auditPolicy],
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
