import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { migrations } from '../../migrations';
import { seedDemoReferrals } from './demo/demo-referrals';
import { seedDemoData } from './demo/demo-seed';
import { authenticateRequest, createAuditTrail, enlaceModules } from './modules';
import { buildAbility } from './platform/authz/ability';
import { createFieldGuard } from './platform/authz/field-guard';
import { PersonalDataRegistry } from './platform/authz/personal-data';
import { auditReadsPlugin } from './platform/graphql/audit-reads-plugin';
import type { EnlaceConfig } from './platform/config/config';
import type { RequestContext } from './platform/context';
import { provideDatabase } from './platform/database/connect';
import { buildFederatedSchema } from './platform/graphql/build-schema';
import { startHttpServer } from './platform/http/http-server';
import type { Logger } from './platform/logging/logger';
import { resolversOf } from './platform/module';
import { ormOptions } from './platform/orm/orm-config';
import { migrateDatabase } from './platform/orm/migrate';
import { authorizedBy } from './platform/authz/access';
import { referralEventBus, startReferralServices } from './modules/referrals/live/around-referrals';

export interface EnlaceServer {
  url: string;
  port: number;
  orm: MikroORM;
  databaseUrl: string;
  stop(): Promise<void>;
}

export const entities = enlaceModules.flatMap((module) => module.entities);

export function initOrm(url: string, options: { poolMax?: number; logger?: Logger } = {}): Promise<MikroORM> {
  const { poolMax, logger } = options;
  return MikroORM.init(
    ormOptions({ url, entities, migrations, poolMax, log: (message) => logger?.debug({ orm: message }, 'orm') }),
  );
}

export const policies = enlaceModules.flatMap((module) => module.policies ?? []);
export const personalData = new PersonalDataRegistry(enlaceModules.flatMap((module) => module.personalData ?? []));
const guardedSubjects = new Set(enlaceModules.flatMap((module) => module.guardedSubjects ?? []));

export function buildEnlaceSchema() {
  return buildFederatedSchema<RequestContext>({
    resolvers: resolversOf(enlaceModules),
    referenceResolvers: Object.assign({}, ...enlaceModules.map((module) => module.referenceResolvers ?? {})),
    authChecker: authorizedBy,
    fieldGuard: createFieldGuard(guardedSubjects, personalData),
    pubSub: referralEventBus,
  });
}

/** The context of one request: who acts, what they may do, its own EntityManager and audit trail. */
export async function createRequestContext(
  orm: MikroORM,
  logger: Logger,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const requestId = String(req.id ?? randomUUID());
  const em = orm.em.fork();
  const authentication = await authenticateRequest(req, res, em);
  const actor = authentication?.actor ?? null;
  const clientAddress = req.ip;
  return {
    requestId,
    em,
    logger: logger.child({ requestId }),
    clientAddress,
    actor,
    ability: buildAbility(actor, policies),
    audit: createAuditTrail({ actor, requestId, clientAddress }),
    sessionId: authentication?.sessionId,
    req,
    res,
  };
}

/**
 * The composition root: database -> ORM -> migrations -> schema -> HTTP. Stopping runs the same steps
 * backwards so in-flight requests finish before the pool and the embedded database go away.
 */
export async function startEnlace(config: EnlaceConfig, logger: Logger): Promise<EnlaceServer> {
  const database = await provideDatabase(config, logger);
  let orm: MikroORM | undefined;
  try {
    orm = await initOrm(database.url, { logger });
    await migrateDatabase(orm, logger);
    if (config.demo && (await seedDemoData(orm.em.fork(), logger)))
      await seedDemoReferrals(orm.em.fork(), { policies, createAuditTrail }, logger);
    const schema = await buildEnlaceSchema();
    const readyOrm = orm;
    const createContext = (req: Request, res: Response) => createRequestContext(readyOrm, logger, req, res);
    // Referrals: attachment routes, graphql-ws subscriptions, LISTEN/NOTIFY bridge, deadline notices.
    const referralServices = startReferralServices({
      orm,
      logger,
      databaseUrl: database.url,
      dataDir: config.dataDir,
      createContext,
    });
    await referralServices.ready;
    const http = await startHttpServer<RequestContext>({
      config,
      logger,
      schema,
      createContext,
      plugins: [auditReadsPlugin()],
      extraRoutes: referralServices.extraRoutes,
      onHttpServer: referralServices.onHttpServer(schema),
    });
    return {
      url: http.url,
      port: http.port,
      orm,
      databaseUrl: database.url,
      stop: async () => {
        await http.stop();
        logger.info('HTTP drained');
        await referralServices.stop();
        await readyOrm.close();
        logger.info('database connections closed');
        await database.stop();
      },
    };
  } catch (error) {
    await orm?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
}
