// The same API on the same ORM, for an "internal caller" that may read everything: the request is
// authenticated as usual (same statements), but its ability allows all and the schema has no field guard.
// Comparing it with the real server prices the permission layer (CASL conditions in SQL + field guard).
import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { serverModule } from './bench-database.mjs';

export async function startUnrestrictedServer(orm, config, logger) {
  const { createRequestContext, domainEventsFor } = await serverModule('app.js');
  const { enlaceModules } = await serverModule('modules/index.js');
  const { pubSubOf, resolversOf } = await serverModule('platform/module.js');
  const { authorizedBy } = await serverModule('platform/authz/access.js');
  const { buildFederatedSchema } = await serverModule('platform/graphql/build-schema.js');
  const { startHttpServer } = await serverModule('platform/http/http-server.js');
  const schema = await buildFederatedSchema({
    resolvers: resolversOf(enlaceModules),
    // Every @key needs its resolver (the schema refuses one without); _entities is not what is measured here.
    referenceResolvers: Object.assign({}, ...enlaceModules.map((module) => module.referenceResolvers ?? {})),
    authChecker: authorizedBy,
    pubSub: pubSubOf(enlaceModules),
    // The modules' input limits, as the real server states and checks them.
    inputLimits: enlaceModules.flatMap((module) => (module.inputLimits ? [module.inputLimits] : [])),
  });
  const events = domainEventsFor(config, logger);
  const everything = () => {
    const { can, build } = new AbilityBuilder(createMongoAbility);
    can('manage', 'all');
    return build();
  };
  const http = await startHttpServer({
    config: { ...config, port: 0 },
    logger,
    schema,
    createContext: async (req, res) => ({
      ...(await createRequestContext({ orm, logger, config, events }, req, res)),
      ability: everything(),
    }),
  });
  return { url: `http://127.0.0.1:${http.port}`, stop: () => http.stop() };
}
