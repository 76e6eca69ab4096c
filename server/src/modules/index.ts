import type { RequestContext } from '../platform/context';
import type { EnlaceModule } from '../platform/module';
import { auditModule } from './audit';
import { bulletinsModule } from './bulletins';
import { coordinationModule } from './coordination';
import { durableSolutionsModule } from './durable-solutions';
import { identityModule } from './identity';
import { identityChecksModule } from './identity-checks';
import { notificationsModule } from './notifications';
import { protectionModule } from './protection';
import { referralsModule } from './referrals';
import { retentionModule } from './retention';
import { statisticsModule } from './statistics';
import { systemModule } from './system';

export { createAuditTrail } from './audit';
export { authenticateRequest } from './identity';

/** Every domain module, in the order their types appear in the schema. */
export const enlaceModules: EnlaceModule<RequestContext>[] = [
  systemModule,
  identityModule,
  auditModule,
  referralsModule,
  coordinationModule,
  protectionModule,
  retentionModule,
  statisticsModule,
  durableSolutionsModule,
  identityChecksModule,
  bulletinsModule,
  notificationsModule,
];
