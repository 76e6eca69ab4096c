import { PROTECTION_WRAPPED_KEYS } from '../../server/src/modules/protection';
import { testConfig } from '../support/test-config';
import { keysToRotate, rotateWrappedKeys } from '../../server/src/platform/crypto/key-rotation';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, KEY_B, keysEnv, MARIA, protectionAgency, READ, register } from './protection-fixtures';

describe('Rotating the master key (pnpm keys:rotate) keeps every record readable, without stopping', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.stop())));
  const start = async (keys: string) => {
    const server = await startTestServer(keysEnv(keys));
    servers.push(server);
    return server;
  };

  it('re-wraps every data key under the new key while a server with both keys serves, then the old key can go', async () => {
    const before = await start(`old:${KEY_A}`);
    const { staff } = await protectionAgency(before.server.orm, 'CR', 'America/Costa_Rica', {
      worker: Role.CASE_WORKER,
    });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await register(before, staff.worker.cookie, { ...MARIA, aliases: [`A${i}`] })).id);
    const keyIds = async (server: TestServer) =>
      (
        await server.server.orm.em
          .fork()
          .getConnection()
          .execute<{ key_id: string }[]>('select key_id from survivor where id in (?)', [ids])
      ).map((row) => row.key_id);
    expect(new Set(await keyIds(before))).toEqual(new Set(['old']));

    // Step 1: every server gets the new key first, the old one still listed. New records use the new key.
    const during = await start(`new:${KEY_B},old:${KEY_A}`);
    const fresh = await register(during, staff.worker.cookie);
    ids.push(fresh.id);
    const readAll = async (server: TestServer) => {
      for (const id of ids) {
        const answer = await server.graphql<{ survivor: { givenNames: string } }>(
          READ,
          { id },
          {
            cookie: staff.worker.cookie,
          },
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.survivor.givenNames).toBe('María José');
      }
    };
    await readAll(during);

    // Step 2: keys:rotate, in small batches, while the server answers.
    const config = testConfig(keysEnv(`new:${KEY_B},old:${KEY_A}`));
    const em = during.server.orm.em.fork();
    const [rotated] = await Promise.all([
      rotateWrappedKeys(em, config.encryption, PROTECTION_WRAPPED_KEYS, 2),
      readAll(during),
    ]);
    expect(rotated.survivor).toBeGreaterThanOrEqual(5);
    expect(await keysToRotate(em, config.encryption, PROTECTION_WRAPPED_KEYS)).toEqual({
      survivor: 0,
      protection_referral: 0,
    });
    expect(new Set(await keyIds(during))).toEqual(new Set(['new']));

    // Step 3: the old key leaves the keyring; everything still opens.
    const after = await start(`new:${KEY_B}`);
    await readAll(after);

    // And a server that lost the key a record needs refuses to serve it rather than answering garbage.
    const wrong = await start(`other:${KEY_A}`);
    const refused = await wrong.graphql(READ, { id: fresh.id }, { cookie: staff.worker.cookie });
    expect(refused.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(refused)).not.toContain('María');
  });
});
