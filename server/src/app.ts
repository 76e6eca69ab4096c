import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { migrations } from '../../migrations';
import { seedDemoReferrals } from './demo/demo-referrals';
import { seedDemoData } from './demo/demo-seed';
import { seedDemoSurvivors } from './demo/demo-survivors';
import { seedDemoDurableSolutions } from './demo/demo-durable-solutions';
import { seedDemoIdentityChecks } from './demo/demo-identity-checks';
import { seedDemoBulletins } from './demo/demo-bulletins';
import { seedDemoNotifications } from './demo/demo-notifications';
import { authenticateRequest, createAuditTrail, enlaceModules } from './modules';
import type { AuditRequestInfo } from './modules/audit';
import { authorizedBy } from './platform/authz/access';
import { buildAbility, type Policy } from './platform/authz/ability';
import { knownApiScopes, type ApiScopeArea } from './platform/authz/api-scopes';
import { createFieldGuard } from './platform/authz/field-guard';
import { PersonalDataRegistry } from './platform/authz/personal-data';
import type { EnlaceConfig } from './platform/config/config';
import type { RequestContext } from './platform/context';
import { provideDatabase, type DatabaseHandle } from './platform/database/connect';
import { roleOf } from './platform/database/runtime-role';
import { createDomainEvents, type DomainEvents } from './platform/events/domain-events';
import { auditReadsPlugin } from './platform/graphql/audit-reads-plugin';
import { assertMayReadSubgraphSdl } from './platform/graphql/gateway-access';
import { buildFederatedSchema } from './platform/graphql/build-schema';
import { startHttpServer } from './platform/http/http-server';
import { RateLimitCounter } from './platform/http/rate-limit-counter.entity';
import { createRateLimits, type RateLimits } from './platform/http/rate-limits';
import type { Logger } from './platform/logging/logger';
import { redactSqlValues } from './platform/logging/redaction';
import { pubSubOf, resolversOf, type EnlaceModule, type ModuleRuntime, type Stoppable } from './platform/module';
import { GapFreeCounter } from './platform/numbering/gap-free-counter.entity';
import { IdempotencyKey } from './platform/idempotency/idempotency-key.entity';
import { jobQueue, startJobQueue } from './platform/jobs/job-queue';
import type { JobDefinition } from './platform/jobs/job';
import { mailJob } from './platform/mail/mailer';
import { OutboxMail } from './platform/mail/outbox-mail.entity';
import { migrateDatabase } from './platform/orm/migrate';
import { ormOptions } from './platform/orm/orm-config';

export interface EnlaceServer {
  url: string;
  port: number;
  orm: MikroORM;
  databaseUrl: string;
  config: EnlaceConfig;
  stop(): Promise<void>;
}

type Modules = EnlaceModule<RequestContext>[];

/** What the platform itself brings: the mail outbox and its delivery job, counters, keys, rate limits. */
const platformEntities = [OutboxMail, GapFreeCounter, IdempotencyKey, RateLimitCounter];
const platformJobs: JobDefinition<never>[] = [mailJob];

/** What the modules declare, gathered once: the ORM's entities, the rules, the guarded and personal fields. */
function declarationsOf(modules: Modules) {
  return {
    entities: [...platformEntities, ...modules.flatMap((module) => module.entities)],
    jobs: [...platformJobs, ...modules.flatMap((module) => module.jobs ?? [])],
    policies: modules.flatMap((module) => module.policies ?? []),
    apiScopes: modules.flatMap((module) => module.apiScopes ?? []),
    personalData: new PersonalDataRegistry(modules.flatMap((module) => module.personalData ?? [])),
    guardedSubjects: new Set(modules.flatMap((module) => module.guardedSubjects ?? [])),
  };
}

const declared = declarationsOf(enlaceModules);
export const { entities, policies, personalData, apiScopes } = declared;

export function initOrm(
  url: string,
  options: { poolMax?: number; logger?: Logger; modules?: Modules } = {},
): Promise<MikroORM> {
  const { poolMax, logger, modules } = options;
  return MikroORM.init(
    ormOptions({
      url,
      entities: modules ? declarationsOf(modules).entities : entities,
      migrations,
      poolMax,
      // MikroORM's query log interpolates parameters into the statement: only the statement's shape is kept.
      log: (message) => logger?.debug({ orm: redactSqlValues(message) }, 'orm'),
    }),
  );
}

/** Migrations, then the job queue's schema and the queues of every declared job (platform/orm/migrate.ts). */
export function migrateEnlace(orm: MikroORM, logger: Logger, modules: Modules = enlaceModules, runtimeRole?: string) {
  return migrateDatabase(
    orm,
    logger,
    declarationsOf(modules).jobs.map((job) => job.name),
    runtimeRole,
  );
}

/**
 * Migrates as the migration role (which owns the schema) and grants the runtime role what it needs; with a
 * single role configured, migrates on the server's own pool.
 */
async function migrateAs(database: DatabaseHandle, orm: MikroORM, logger: Logger, modules: Modules) {
  if (database.migrationUrl === database.url) {
    await migrateEnlace(orm, logger, modules);
    await warnWhenRuntimeRoleIsPrivileged(orm, logger);
    return;
  }
  const migrationOrm = await initOrm(database.migrationUrl, { poolMax: 2, logger, modules });
  try {
    await migrateEnlace(migrationOrm, logger, modules, roleOf(database.url));
  } finally {
    await migrationOrm.close();
  }
  await warnWhenRuntimeRoleIsPrivileged(orm, logger);
}

/** One role for everything works, but then the application could rewrite the audit trail: say so at start. */
async function warnWhenRuntimeRoleIsPrivileged(orm: MikroORM, logger: Logger) {
  const [row] = await orm.em.fork().execute<{ privileged: boolean }[]>(
    `select r.rolsuper or r.rolbypassrls or pg_has_role(current_user, c.relowner, 'USAGE') as privileged
       from pg_roles r, pg_class c where r.rolname = current_user and c.oid = 'audit_event'::regclass`,
  );
  if (row?.privileged)
    logger.warn(
      'the runtime database role owns the audit table or bypasses row-level security: set DATABASE_MIGRATION_URL and run as an unprivileged role (docs/security.md)',
    );
}

export function buildEnlaceSchema(modules: Modules = enlaceModules) {
  const { guardedSubjects, personalData } = modules === enlaceModules ? declared : declarationsOf(modules);
  return buildFederatedSchema<RequestContext>({
    resolvers: resolversOf(modules),
    referenceResolvers: Object.assign({}, ...modules.map((module) => module.referenceResolvers ?? {})),
    authChecker: authorizedBy,
    fieldGuard: createFieldGuard(guardedSubjects, personalData),
    pubSub: pubSubOf(modules),
    serviceGuard: (context) => assertMayReadSubgraphSdl(context.config, context.req?.headers),
    inputLimits: modules.flatMap((module) => (module.inputLimits ? [module.inputLimits] : [])),
  });
}

/** The domain events of one server: every listener the modules declare, with the server's configuration. */
export function domainEventsFor(config: EnlaceConfig, logger: Logger, modules: Modules = enlaceModules): DomainEvents {
  return createDomainEvents(
    modules.flatMap((module) => module.listeners ?? []),
    { config, logger },
  );
}

/** What a server builds each request's context from. */
export interface RequestServices {
  orm: MikroORM;
  logger: Logger;
  config: EnlaceConfig;
  events: DomainEvents;
  policies?: Policy[];
  apiScopes?: ApiScopeArea[];
  rateLimits?: RateLimits;
}

/** The context of one request: who acts, what they may do, its own EntityManager and audit trail. */
export async function createRequestContext(
  services: RequestServices,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const requestId = String(req.id ?? randomUUID());
  const em = services.orm.em.fork();
  const authentication = await authenticateRequest(req, res, em, services.config);
  const actor = authentication?.actor ?? null;
  // Per account as well as per address: a token or a session shared by many machines has one budget.
  if (actor) await services.rateLimits?.consumeAccount(`${actor.kind}:${actor.id}`);
  const clientAddress = req.ip;
  let logger: Logger | undefined;
  return {
    requestId,
    em,
    // Built when first used: most requests log nothing, and a child logger costs a serialization (issue 19).
    get logger() {
      return (logger ??= services.logger.child({ requestId }));
    },
    clientAddress,
    actor,
    ability: buildAbility(actor, services.policies ?? policies, services.apiScopes ?? apiScopes),
    apiScopes: knownApiScopes(services.apiScopes ?? apiScopes),
    audit: createAuditTrail({ actor, requestId, clientAddress }, services.config.audit.signingKey),
    config: services.config,
    events: services.events,
    sessionId: authentication?.sessionId,
    rateLimits: services.rateLimits,
    req,
    res,
  };
}

/**
 * The composition root: database -> ORM -> migrations -> schema -> modules' start hooks -> HTTP (routes and
 * sockets of the modules). Stopping runs the same steps backwards so in-flight requests finish before the
 * modules, the pool and the embedded database go away. `modules` defaults to the app's (modules/index.ts);
 * a test of the module contract adds one of its own.
 */
export async function startEnlace(
  config: EnlaceConfig,
  logger: Logger,
  options: { modules?: Modules } = {},
): Promise<EnlaceServer> {
  const modules = options.modules ?? enlaceModules;
  const database = await provideDatabase(config, logger);
  let orm: MikroORM | undefined;
  const started: Stoppable[] = [];
  const stopStarted = async () => {
    while (started.length > 0) await started.pop()!.stop();
  };
  try {
    orm = await initOrm(database.url, { logger, modules });
    await migrateAs(database, orm, logger, modules);
    const events = domainEventsFor(config, logger, modules);
    const { policies: modulePolicies, apiScopes: moduleScopes } = declarationsOf(modules);
    const rateLimits = createRateLimits(orm, config);
    const services: RequestServices = {
      orm,
      logger,
      config,
      events,
      policies: modulePolicies,
      apiScopes: moduleScopes,
      rateLimits,
    };
    if (config.demo && (await seedDemoData(orm.em.fork(), logger))) {
      const demoServices = {
        policies,
        createAuditTrail: (request: AuditRequestInfo) => createAuditTrail(request, config.audit.signingKey),
        config,
        events,
      };
      await seedDemoReferrals(orm.em.fork(), demoServices, logger);
      await seedDemoSurvivors(orm.em.fork(), demoServices, logger);
      await seedDemoDurableSolutions(orm.em.fork(), demoServices, logger);
      await seedDemoIdentityChecks(orm.em.fork(), demoServices, logger);
      await seedDemoBulletins(orm.em.fork(), demoServices, logger);
      await seedDemoNotifications(orm.em.fork(), logger);
    }
    const schema = await buildEnlaceSchema(modules);
    const createContext = (req: Request, res: Response) => createRequestContext(services, req, res);
    const readyOrm = orm;
    const runtime: ModuleRuntime<RequestContext> = {
      config,
      orm,
      logger,
      databaseUrl: database.url,
      createContext,
      stillAuthenticated: async (req) =>
        (await authenticateRequest(req, {} as Response, readyOrm.em.fork(), config, { touch: false })) !== null,
      jobs: jobQueue,
    };
    for (const module of modules) {
      const part = await module.start?.(runtime);
      if (part) started.push(part);
    }
    // Last to start, first to stop: workers run while everything they use is up.
    started.push(
      await startJobQueue({ databaseUrl: database.url, definitions: declarationsOf(modules).jobs, runtime }),
    );
    const http = await startHttpServer<RequestContext>({
      config,
      logger,
      schema,
      createContext,
      plugins: [auditReadsPlugin()],
      rateLimits,
      databaseAnswers: () => readyOrm.em.getConnection().execute('select 1'),
      routes: modules.flatMap((module) => (module.routes ? [(app) => module.routes!(app, runtime)] : [])),
      sockets: modules.flatMap((module) =>
        module.socket ? [(server) => module.socket!(server, schema, runtime)] : [],
      ),
    });
    return {
      url: http.url,
      port: http.port,
      orm,
      databaseUrl: database.url,
      config,
      stop: async () => {
        await http.stop();
        logger.info('HTTP drained');
        await stopStarted();
        await readyOrm.close();
        logger.info('database connections closed');
        await database.stop();
      },
    };
  } catch (error) {
    await stopStarted().catch(() => undefined);
    await orm?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
}
