import { createHash, timingSafeEqual } from 'node:crypto';
import type { EnlaceConfig } from '../config/config';
import { unauthenticated } from './errors';

/** The header a federation gateway or router sends with every request to Enlace (docs/federation.md). */
export const GATEWAY_TOKEN_HEADER = 'x-enlace-gateway-token';

type Headers = Record<string, string | string[] | undefined>;

/** Whether a request carries the configured gateway token; compared in constant time. */
export function comesFromGateway(headers: Headers | undefined, gatewayToken: string | undefined): boolean {
  const sent = headers?.[GATEWAY_TOKEN_HEADER];
  if (!gatewayToken || typeof sent !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(gatewayToken));
}

/**
 * `_service { sdl }` hands out the whole schema (every argument, every internal type): a map for an attacker.
 * With a gateway token set, only a request bearing it gets the SDL, signed in or not; in production without
 * one, nobody does. Development and tests without a token serve it, so `pnpm schema:print` and local
 * composition work.
 */
export function assertMayReadSubgraphSdl(
  config: Pick<EnlaceConfig, 'env' | 'federation'>,
  headers: Headers | undefined,
): void {
  const { gatewayToken } = config.federation;
  if (gatewayToken ? comesFromGateway(headers, gatewayToken) : config.env !== 'production') return;
  throw unauthenticated();
}
