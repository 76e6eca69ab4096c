import type { EnlaceModule } from '../../platform/module';
import { HealthResolver } from './health.resolver';

export const systemModule: EnlaceModule = {
  name: 'system',
  entities: [],
  resolvers: [HealthResolver],
};
