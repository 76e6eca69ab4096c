// What the inbox benchmarks share: the query they send, and the Enlace server they send it to, on the
// benchmark database and as a deployed server runs.
import { benchDatabaseUrl, serverModule } from './bench-database.mjs';

export const INBOX_QUERY = `query Inbox { referrals(box: INBOX, first: 50) {
  totalCount statusCounts { status count } pageInfo { hasNextPage endCursor }
  edges { cursor node { id reference title status urgency category createdAt dueAt
    sendingAgency { id name acronym country { id } } } } } }`;

// The referral screen's reads in one document: the referral with its people (names included: personal data,
// so Enlace writes an audit event of the read), its history and its conversation.
export const DETAIL_QUERY = `query Detail($id: ID!) {
  referral(id: $id) { id reference status title narrative category urgency createdAt dueAt
    sendingAgency { id name acronym country { id } } receivingAgency { id name acronym }
    persons { id role givenNames familyNames sex dateOfBirth nationality }
    history { id action fromStatus toStatus at comment byAgency { id acronym } } }
  referralMessages(referralId: $id) { id body createdAt authorAgencyId } }`;

// What the load clients accept: identity by default (BENCH_ACCEPT_ENCODING=br to price the answers' compression).
// Node's fetch asks for gzip and br unless told otherwise, and the server then compresses every inbox page (about
// 1.2 ms of the server's CPU) while the client, on the same two cores, decompresses it; PostGraphile, compared
// with it, compresses nothing, and a deployment behind a reverse proxy usually compresses there.
export const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING || 'identity';

/** Starts Enlace on the benchmark database, on a free port of 127.0.0.1. */
export async function startBenchServer() {
  // As a deployed server runs: graphql-js and Express take their production paths (graphql's development
  // build checks every type test for a second copy of the library). The app's own configuration stays "test".
  process.env.NODE_ENV = 'production';
  const url = benchDatabaseUrl();
  const { startEnlace } = await serverModule('app.js');
  const { loadConfig } = await serverModule('platform/config/config.js');
  const { createLogger } = await serverModule('platform/logging/logger.js');
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    // The seeded referrals have long-passed deadlines: the deadline watch would mail about all of them during
    // the run and take the cores the inbox is measured on.
    REFERRAL_DEADLINE_CHECK_CRON: 'off',
    // The 16 simulated officers share one address and one account: the per-minute limits (600 and 300) would
    // refuse most of a 20 req/s load. The limiter still runs on every request (its cost stays measured).
    ENLACE_RATE_LIMIT_PER_ADDRESS: process.env.ENLACE_RATE_LIMIT_PER_ADDRESS ?? '1000000',
    ENLACE_RATE_LIMIT_PER_ACCOUNT: process.env.ENLACE_RATE_LIMIT_PER_ACCOUNT ?? '1000000',
  });
  const logger = createLogger('warn');
  const server = await startEnlace(config, logger);
  return { server, config, logger, url };
}

/** A signed-in session of the user, as the Cookie header the server reads. */
export async function sessionCookie(orm, userId, config) {
  const { startSession } = await serverModule('modules/identity/auth/session-store.js');
  const { User } = await serverModule('modules/identity/index.js');
  const { sessionCookieName } = await serverModule('modules/identity/auth/session-cookie.js');
  const em = orm.em.fork();
  const token = await startSession(em, await em.findOneOrFail(User, { id: userId }));
  return `${sessionCookieName({ secureCookie: config?.env === 'production' })}=${token}`;
}
