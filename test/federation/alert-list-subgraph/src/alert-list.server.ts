import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse } from 'graphql';
import { Pool } from 'pg';
import { ensureAlertListSchema } from './alert-list.database';
import { alertListResolvers, type AlertListContext } from './alert-list.resolvers';

/** The header the gateway sends; the list answers nobody else (it sits behind the gateway, not on the Internet). */
export const GATEWAY_TOKEN_HEADER = 'x-enlace-gateway-token';

/** The subgraph's SDL, as composed into the supergraph (schema.graphql at the package root). */
export const alertListSdl = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');

export interface AlertListOptions {
  databaseUrl: string;
  gatewayToken: string;
  port?: number;
  host?: string;
}

export interface RunningAlertList {
  url: string;
  pool: Pool;
  stop(): Promise<void>;
}

function sameSecret(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

export async function startAlertList(options: AlertListOptions): Promise<RunningAlertList> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: 4 });
  await ensureAlertListSchema(pool);
  const schema = buildSubgraphSchema([{ typeDefs: parse(alertListSdl), resolvers: alertListResolvers as never }]);
  const apollo = new ApolloServer<AlertListContext>({
    schema,
    introspection: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', (req, res, next) => {
    if (sameSecret(req.headers[GATEWAY_TOKEN_HEADER], options.gatewayToken)) return next();
    res.status(401).json({ errors: [{ message: 'Only the gateway may call the alert list' }] });
  });
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({ pool }) }));
  const server = app.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pool,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await pool.end();
    },
  };
}
