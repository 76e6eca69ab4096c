// Issue 17, "a gateway that runs": Apollo Gateway composes Enlace and a sample national alert list from the
// checked-in supergraph and executes real query plans across both running subgraphs, with the caller's own
// session forwarded so Enlace's rules decide what comes back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  blindIndexOf,
  insertAlert,
  startAlertList,
  startGateway,
  supergraphSdl,
  type RunningAlertList,
  type RunningGateway,
} from '@enlace/alert-list-subgraph';
import { startTestServer, type TestServer } from '../support/test-server';
import { createCoordinationWorld, type CoordinationWorld, type Who } from '../support/factories/coordination-world';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { composeSupergraph } = require('@enlace/alert-list-subgraph/scripts/supergraph.cjs') as {
  composeSupergraph(enlaceSdl: string, alertListSdl: string): string;
};

const GATEWAY_TOKEN = 'gateway-token-for-the-federation-test-0001';
const SHARED_KEY = Buffer.alloc(32, 7);

let enlace: TestServer;
let alertList: RunningAlertList;
let gateway: RunningGateway;
let world: CoordinationWorld;

interface Answer<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

async function throughGateway<Data>(query: string, variables: Record<string, unknown> = {}, who?: Who) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { cookie: world.cookieOf[who] } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer<Data>;
}

beforeAll(async () => {
  enlace = await startTestServer({ ENLACE_GATEWAY_TOKEN: GATEWAY_TOKEN });
  world = await createCoordinationWorld(enlace.server.orm);
  alertList = await startAlertList({ databaseUrl: process.env.DATABASE_URL!, gatewayToken: GATEWAY_TOKEN });
  await insertAlert(alertList.pool, {
    kind: 'STOLEN_DOCUMENT',
    issuingCountry: 'GT',
    handlingCode: 'H2',
    reference: 'GT-PNC-2026-0412',
    contactDesk: 'Mesa de alertas PNC Guatemala',
    sharedWithMechanismId: world.mechanism.id,
    blindIndexes: [blindIndexOf(SHARED_KEY, 'DOC|GT|P1234567')],
  });
  await insertAlert(alertList.pool, {
    kind: 'MISSING_PERSON',
    issuingCountry: 'CR',
    handlingCode: 'H1',
    reference: 'CR-OIJ-2026-0077',
    contactDesk: 'OIJ Costa Rica, personas desaparecidas',
    blindIndexes: [blindIndexOf(SHARED_KEY, 'PERSON|GARCIA LOPEZ|MARIA JOSE|2001-05-14')],
  });
  gateway = await startGateway({
    subgraphUrls: { enlace: `${enlace.url}/graphql`, alerts: alertList.url },
    gatewayToken: GATEWAY_TOKEN,
  });
}, 90_000);

afterAll(async () => {
  await gateway?.stop();
  await alertList?.stop();
  await enlace?.stop();
});

it('serves the supergraph composed from the committed SDLs (run pnpm --filter @enlace/alert-list-subgraph compose)', () => {
  const root = path.join(__dirname, '../..');
  const composed = composeSupergraph(
    readFileSync(path.join(root, 'schema/enlace.graphql'), 'utf8'),
    readFileSync(path.join(root, 'test/federation/alert-list-subgraph/schema.graphql'), 'utf8'),
  );
  expect(supergraphSdl).toBe(composed);
});

it('extends Enlace countries with the alert list: Enlace fetches, the alert list adds activeAlerts', async () => {
  const result = await throughGateway<{ countries: { id: string; activeAlerts: number }[] }>(
    '{ countries { id activeAlerts } }',
  );
  expect(result.errors).toBeUndefined();
  const counts = Object.fromEntries(result.data!.countries.map((country) => [country.id, country.activeAlerts]));
  expect(counts).toMatchObject({ GT: 1, CR: 1, MX: 0, PA: 0 });
});

const ALERTS = `{ alerts { reference issuingCountry { id names { es } } sharedWith { id names { es } } } }`;
type Alerts = { alerts: { reference: string; issuingCountry: { id: string }; sharedWith: { id: string } | null }[] };

it('resolves alerts into Enlace entities for a member of the mechanism they are shared with', async () => {
  const result = await throughGateway<Alerts>(ALERTS, {}, 'memberOfficer');
  expect(result.errors).toBeUndefined();
  expect(result.data!.alerts).toEqual([
    {
      reference: 'GT-PNC-2026-0412',
      issuingCountry: { id: 'GT', names: { es: 'GT' } },
      sharedWith: { id: world.mechanism.id, names: { es: 'Guatemala–México' } },
    },
    { reference: 'CR-OIJ-2026-0077', issuingCountry: { id: 'CR', names: { es: 'CR' } }, sharedWith: null },
  ]);
});

it('comes back denied through the gateway when the caller may not read the mechanism', async () => {
  for (const who of ['foreignOfficer', undefined] as const) {
    const result = await throughGateway<Alerts>(ALERTS, {}, who);
    const shared = result.data?.alerts.find((alert) => alert.reference === 'GT-PNC-2026-0412');
    expect(shared?.sharedWith ?? null).toBeNull();
    expect(JSON.stringify(result)).not.toContain('Guatemala–México');
  }
});

it('answers a check by blind index with whom to contact, and no hit for an unknown identifier', async () => {
  const CHECK = `query ($b: [String!]!, $p: String!) { alertCheck(blindIndexes: $b, purpose: $p) {
    outcome alerts { kind reference contactDesk issuingCountry { id } } } }`;
  const hit = await throughGateway<{ alertCheck: { outcome: string; alerts: unknown[] } }>(
    CHECK,
    { b: [blindIndexOf(SHARED_KEY, 'DOC|GT|P1234567')], p: 'Control migratorio en Tecún Umán' },
    'memberOfficer',
  );
  expect(hit.data?.alertCheck).toEqual({
    outcome: 'HIT',
    alerts: [
      {
        kind: 'STOLEN_DOCUMENT',
        reference: 'GT-PNC-2026-0412',
        contactDesk: 'Mesa de alertas PNC Guatemala',
        issuingCountry: { id: 'GT' },
      },
    ],
  });
  const none = await throughGateway<{ alertCheck: { outcome: string } }>(
    CHECK,
    { b: [blindIndexOf(SHARED_KEY, 'DOC|GT|X0000000')], p: 'Control migratorio' },
    'memberOfficer',
  );
  expect(none.data?.alertCheck).toEqual({ outcome: 'NO_HIT', alerts: [] });
});

it('answers nobody but the gateway: the alert list refuses a call without the token', async () => {
  const response = await fetch(alertList.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ alerts { reference } }' }),
  });
  expect(response.status).toBe(401);
});
