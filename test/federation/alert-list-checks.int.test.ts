// Issue 17: "checks also go to the alert-list subgraph when it is configured". Enlace asks the national alert
// list by blind index under the mechanism's check key, after its own check has committed.
import { blindIndexOf, insertAlert, startAlertList, type RunningAlertList } from '@enlace/alert-list-subgraph';
import { normaliseDocument } from '../../server/src/modules/identity-checks';
import { mechanismCheckKey } from '../../server/src/modules/identity-checks/check-keys';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  createCoordinationWorld,
  dataOf,
  type CoordinationWorld,
} from '../support/factories/coordination-world';
import { at } from '../support/indexing';

const GATEWAY_TOKEN = 'gateway-token-for-the-alert-list-checks-01';
let alertList: RunningAlertList;
let enlace: TestServer;
let world: CoordinationWorld;

beforeAll(async () => {
  alertList = await startAlertList({ databaseUrl: process.env.DATABASE_URL!, gatewayToken: GATEWAY_TOKEN });
  enlace = await startTestServer({ ENLACE_GATEWAY_TOKEN: GATEWAY_TOKEN, ENLACE_ALERT_LIST_URL: alertList.url });
  world = await createCoordinationWorld(enlace.server.orm);
  // The country indexes its alert under the key the mechanism gave it (check-keys.ts), never the number itself.
  const key = mechanismCheckKey(enlace.server.config.encryption, world.mechanism.id, 1);
  await insertAlert(alertList.pool, {
    kind: 'STOLEN_DOCUMENT',
    issuingCountry: 'GT',
    handlingCode: 'H1',
    reference: 'GT-PNC-2026-0999',
    contactDesk: 'Mesa de alertas PNC Guatemala',
    blindIndexes: [blindIndexOf(key, normaliseDocument('P1234567', 'GT')!)],
  });
}, 90_000);
afterAll(async () => {
  await enlace?.stop();
  await alertList?.stop().catch(() => undefined);
});

const CHECK = `mutation ($input: IdentityCheckInput!) { checkIdentity(input: $input) {
  outcome matches { reference } alertListReached alertListHits { kind issuingCountryCode reference contactDesk } } }`;
const check = (number: string) =>
  callerOf(enlace, world.cookieOf.memberOfficer)<{ checkIdentity: Record<string, unknown> }>(CHECK, {
    input: {
      mechanismId: world.mechanism.id,
      purpose: 'Control documental en Tecún Umán',
      document: { number, issuingCountry: 'GT' },
    },
  });

it('adds the alert list hit (whom to contact) to a check nobody in Enlace registered', async () => {
  expect(dataOf<{ checkIdentity: unknown }>(await check('p-123 4567')).checkIdentity).toEqual({
    outcome: 'HIT',
    matches: [],
    alertListReached: true,
    alertListHits: [
      {
        kind: 'STOLEN_DOCUMENT',
        issuingCountryCode: 'GT',
        reference: 'GT-PNC-2026-0999',
        contactDesk: 'Mesa de alertas PNC Guatemala',
      },
    ],
  });
  const { purpose } = at(
    await enlace.server.orm.em
      .fork()
      .execute<{ purpose: string }[]>('select purpose from alert_list.check_log order by id desc limit 1'),
    0,
  );
  expect(purpose).toBe('Control documental en Tecún Umán');
});

it('says the list was not reached, rather than "no hit", when it does not answer', async () => {
  expect(dataOf<{ checkIdentity: unknown }>(await check('X0000000')).checkIdentity).toMatchObject({
    outcome: 'NO_HIT',
    alertListReached: true,
  });
  await alertList.stop();
  expect(dataOf<{ checkIdentity: unknown }>(await check('P1234567')).checkIdentity).toMatchObject({
    outcome: 'NO_HIT',
    alertListReached: false,
    alertListHits: [],
  });
});
