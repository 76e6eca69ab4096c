import { bulletinsDemoChecks } from './bulletins.checks';
import { coordinationDemoChecks } from './coordination.checks';
import { seededDemo } from './demo-server';
import { durableSolutionsDemoChecks } from './durable-solutions.checks';
import { foundationDemoChecks } from './foundation.checks';
import { notificationsDemoChecks } from './notifications.checks';
import { protectionDemoChecks } from './protection.checks';
import { statisticsDemoChecks } from './statistics.checks';

/**
 * `pnpm demo` on an empty database, seeded once for every module's checks (they only read): real borders, an
 * account per role, referrals at several stages, meetings and libraries, caseloads and durable solutions.
 */
describe('pnpm demo', () => {
  const demo = seededDemo();
  describe('referrals, statistics and identity checks', () => foundationDemoChecks(demo));
  describe('coordination: meetings, library and duty roster', () => coordinationDemoChecks(demo));
  describe('survivor protection', () => protectionDemoChecks(demo));
  describe('durable solutions', () => durableSolutionsDemoChecks(demo));
  describe('bulletins', () => bulletinsDemoChecks(demo));
  describe('notification centre', () => notificationsDemoChecks(demo));
  describe('statistics downloads', () => statisticsDemoChecks(demo));
});
