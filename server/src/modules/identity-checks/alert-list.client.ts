import type { EnlaceConfig } from '../../platform/config/config';
import { GATEWAY_TOKEN_HEADER } from '../../platform/graphql/gateway-access';

/** What a national alert list answered: whom to contact, never the subject (docs/federation.md). */
export interface AlertListHit {
  kind: string;
  issuingCountryCode: string;
  reference: string;
  contactDesk: string;
}

const ALERT_CHECK = `query ($b: [String!]!, $p: String!) { alertCheck(blindIndexes: $b, purpose: $p) {
  outcome alerts { kind reference contactDesk issuingCountry { id } } } }`;
const TIMEOUT_MS = 3_000;

interface AlertCheckResponse {
  data?: {
    alertCheck?: {
      alerts: { kind: string; reference: string; contactDesk: string; issuingCountry: { id: string } }[];
    };
  };
}

/**
 * Asks the configured alert list, after the check's own transaction has committed. Null when none is set;
 * `reached: false` when it did not answer in time or answered an error, so the officer knows the list was not
 * consulted rather than reading "no hit".
 */
export async function askAlertList(
  config: EnlaceConfig,
  blindIndexes: string[],
  purpose: string,
): Promise<{ reached: boolean; hits: AlertListHit[] } | null> {
  const { alertListUrl, gatewayToken } = config.federation;
  if (!alertListUrl) return null;
  try {
    const response = await fetch(alertListUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(gatewayToken ? { [GATEWAY_TOKEN_HEADER]: gatewayToken } : {}),
      },
      body: JSON.stringify({ query: ALERT_CHECK, variables: { b: blindIndexes, p: purpose } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await response.json()) as AlertCheckResponse;
    const alerts = body.data?.alertCheck?.alerts;
    if (!response.ok || !alerts) return { reached: false, hits: [] };
    return {
      reached: true,
      hits: alerts.map((alert) => ({
        kind: alert.kind,
        issuingCountryCode: alert.issuingCountry.id,
        reference: alert.reference,
        contactDesk: alert.contactDesk,
      })),
    };
  } catch {
    return { reached: false, hits: [] };
  }
}
