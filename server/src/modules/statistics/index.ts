import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { StatisticsResolver } from './statistics.resolver';
import { statisticsExportRoutes } from './statistics-export.routes';
import { coordinationFiguresPolicy, protectionFiguresPolicy, referralFiguresPolicy } from './statistics.policy';

export { controlDisclosure, type DisclosureRule } from './disclosure-control';
export { HTCDS_COLUMNS, HTCDS_DICTIONARY } from './htcds-anonymity';

/**
 * Statistics: aggregate figures of referrals (and, as they land, coordination and protection), counted in SQL
 * under the caller's permission rules and released only through disclosure control (ADR 0016).
 */
export const statisticsModule: EnlaceModule<RequestContext> = {
  name: 'statistics',
  entities: [],
  resolvers: [StatisticsResolver],
  policies: [referralFiguresPolicy, coordinationFiguresPolicy, protectionFiguresPolicy],
  routes(app, runtime) {
    statisticsExportRoutes(app, runtime); // GET /api/statistics/{referrals,coordination,protection}.{csv,xlsx,pdf}, htcds.{csv,xlsx}
  },
};
