import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { failedJobPolicy } from './failed-job.policy';
import { FailedJobResolver } from './failed-job.resolver';
import { HealthResolver } from './health.resolver';

/** The portal's own state: health, and the background jobs that failed for good. */
export const systemModule: EnlaceModule<RequestContext> = {
  name: 'system',
  entities: [],
  resolvers: [HealthResolver, FailedJobResolver],
  policies: [failedJobPolicy],
};
