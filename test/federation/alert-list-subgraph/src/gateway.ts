import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GATEWAY_TOKEN_HEADER } from './alert-list.server';

/** The supergraph composed from Enlace's and the alert list's SDLs (scripts/compose-supergraph.mjs). */
export const supergraphSdl = readFileSync(path.join(__dirname, '..', 'supergraph.graphql'), 'utf8');

/** What the gateway passes on from the caller: their session cookie or API token, nothing else. */
interface CallerCredentials {
  cookie?: string;
  authorization?: string;
}

export interface GatewayOptions {
  /** Where each subgraph of the supergraph answers, by its name there (`enlace`, `alerts`). */
  subgraphUrls: Record<string, string>;
  /** Sent to every subgraph as `x-enlace-gateway-token` (Enlace's ENLACE_GATEWAY_TOKEN). */
  gatewayToken: string;
  port?: number;
  host?: string;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

function credentialsOf(headers: IncomingHttpHeaders): CallerCredentials {
  return { cookie: headers.cookie, authorization: headers.authorization };
}

/**
 * Apollo Gateway over the checked-in supergraph. Each subgraph call carries the gateway token and the caller's
 * own credentials, so Enlace applies that caller's rules to every entity it resolves: the gateway itself may
 * read nothing.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<CallerCredentials>({
        url: options.subgraphUrls[name] ?? url,
        willSendRequest({ request, context }) {
          request.http?.headers.set(GATEWAY_TOKEN_HEADER, options.gatewayToken);
          if (context.cookie) request.http?.headers.set('cookie', context.cookie);
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const apollo = new ApolloServer<CallerCredentials>({ gateway, introspection: false });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => credentialsOf(req.headers) }),
  );
  const server = app.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
