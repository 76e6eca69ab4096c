import { nextDay } from '../../dates/day-bounds';
import type { DisclosureLevel, StatisticsScope } from '../../gql/graphql';

/** What the screen shows, all of it in the address (`?scope=MECHANISM&mechanism=…&from=2026-01-01`). */
export interface StatisticsRequest {
  scope: StatisticsScope;
  mechanism: string;
  /** First and last day of the period, inclusive, as YYYY-MM-DD (UTC days, like the months of the tables). */
  from: string;
  to: string;
  disclosure: DisclosureLevel;
}

const SCOPES: readonly StatisticsScope[] = ['AGENCY', 'MECHANISM', 'REGION'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Scopes the user may ask for: the region only for a statistician. */
export function scopesFor(roles: readonly string[]): StatisticsScope[] {
  return SCOPES.filter((scope) => scope !== 'REGION' || roles.includes('STATISTICIAN'));
}

/** The request in the address, anything malformed replaced by the default (a statistician starts on the region). */
export function requestFrom(params: URLSearchParams, roles: readonly string[]): StatisticsRequest {
  const scopes = scopesFor(roles);
  const scope = scopes.find((s) => s === params.get('scope')) ?? (scopes.includes('REGION') ? 'REGION' : 'AGENCY');
  const day = (name: string) => (DAY.test(params.get(name) ?? '') ? params.get(name)! : '');
  const mechanism = params.get('mechanism') ?? '';
  return {
    scope,
    mechanism: UUID.test(mechanism) ? mechanism : '',
    from: day('from'),
    to: day('to'),
    disclosure: params.get('disclosure') === 'CTDC' ? 'CTDC' : 'STANDARD',
  };
}

/** Only what differs from an empty request goes in the address, so links stay short. */
export function paramsOf(request: StatisticsRequest): Record<string, string> {
  const params: Record<string, string> = { scope: request.scope };
  if (request.scope === 'MECHANISM' && request.mechanism) params.mechanism = request.mechanism;
  if (request.from) params.from = request.from;
  if (request.to) params.to = request.to;
  if (request.disclosure !== 'STANDARD') params.disclosure = request.disclosure;
  return params;
}

/** The API's input: a period from the start of `from` to the end of `to`, in UTC. Null when incomplete. */
export function inputOf(request: StatisticsRequest) {
  if (request.scope === 'MECHANISM' && !request.mechanism) return null;
  return {
    scope: request.scope,
    mechanismId: request.scope === 'MECHANISM' ? request.mechanism : null,
    from: request.from ? `${request.from}T00:00:00.000Z` : null,
    to: request.to ? `${nextDay(request.to)}T00:00:00.000Z` : null,
    disclosure: request.disclosure,
  };
}

/** The formats the same tables download in (GET /api/statistics/<kind>.<format>, audited on the server). */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;

/** The download of the same tables as CSV, XLSX or a PDF publication (in the reader's language). */
export function exportHref(
  kind: 'referrals' | 'coordination' | 'protection' | 'htcds',
  request: StatisticsRequest,
  format: (typeof EXPORT_FORMATS)[number] = 'csv',
  language?: string,
): string | null {
  const input = inputOf(request);
  if (!input) return null;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) if (value) query.set(name, value);
  if (format === 'pdf' && language) query.set('lang', language.slice(0, 2));
  return `/api/statistics/${kind}.${format}?${query.toString()}`;
}

/**
 * Whether the anonymised case-level (HTCDS) download is offered: to a statistician, and to a secretariat for a
 * mechanism (the server refuses a mechanism whose secretariat the user's agency does not run).
 */
export function mayDownloadCases(request: StatisticsRequest, roles: readonly string[]): boolean {
  if (roles.includes('STATISTICIAN')) return request.scope !== 'AGENCY';
  return roles.includes('SECRETARIAT') && request.scope === 'MECHANISM';
}
