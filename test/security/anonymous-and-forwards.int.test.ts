// Issue 11, "nothing personal where it does not belong" and "one answer for both": what an anonymous caller
// learns in production, who reads a forward's free text, and how a forward decision answers outside the
// deciding agency.
import { randomBytes, randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { HandlingCode } from '../../server/src/modules/referrals';
import { User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  ACKNOWLEDGED,
  type BorderWorld,
  type TestUser,
  aBorderWorld,
  aUser,
  cookieFor,
  graphqlAs,
  referralAfter,
  signInAs,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

/** In production the session cookie is `__Host-` prefixed (HTTPS only). */
async function productionCookieFor(orm: MikroORM, who: TestUser): Promise<string> {
  const em = orm.em.fork();
  return `__Host-enlace_session=${await startSession(em, await em.findOneOrFail(User, { id: who.user.id }))}`;
}

describe('in production, anonymous callers learn neither the schema nor the database build', () => {
  let api: TestServer;
  let world: BorderWorld;
  beforeAll(async () => {
    // Production refuses the development encryption keys: it gets keys of its own.
    api = await startTestServer({
      NODE_ENV: 'production',
      ENLACE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      ENLACE_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    });
    world = await aBorderWorld(api.server.orm);
  }, 60_000);
  afterAll(() => api?.stop());

  it('refuses `_service { sdl }` to anyone without a gateway token, signed in or not, when none is set', async () => {
    const anonymous = await api.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(firstError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toContain('type Query');
    const signedIn = await graphqlAs(
      api,
      await productionCookieFor(api.server.orm, world.users.senderOfficer),
    )<{
      _service: { sdl: string };
    }>('{ _service { sdl } }');
    expect(firstError(signedIn).extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(signedIn)).not.toContain('type Query');
  });

  it('answers `health` to anyone, naming the exact PostgreSQL version to signed-in callers only', async () => {
    const anonymous = await api.graphql<{ health: { database: string } }>('{ health { database } }');
    expect(anonymous.data?.health.database).toBe('PostgreSQL');
    const signedIn = await graphqlAs(
      api,
      await productionCookieFor(api.server.orm, world.users.senderOfficer),
    )<{
      health: { database: string };
    }>('{ health { database } }');
    expect(signedIn.data?.health.database).toMatch(/^PostgreSQL \d+/);
  });
});

describe('forwards: free text is case content, and a decision outside the sending agency finds nothing', () => {
  let api: TestServer;
  let orm: MikroORM;
  let world: BorderWorld;
  beforeAll(async () => {
    api = await startTestServer();
    orm = api.server.orm;
    world = await aBorderWorld(orm);
  }, 60_000);
  afterAll(() => api?.stop());

  /** A signed-in caller with `roles` in the agency the world's referrals are forwarded to (admins with TOTP). */
  async function recipientCaller(roles: Role[]) {
    const person = await aUser(orm, world.agencies.fellowMember, { password: true, roles, totp: true });
    return graphqlAs(api, await signInAs(api, person));
  }
  const caller = async (who: TestUser) => graphqlAs(api, await cookieFor(orm, who));
  const FORWARD = `mutation ($input: ForwardReferralInput!) { forwardReferral(input: $input) { id status } }`;
  const FORWARDED = `{ forwardedReferrals { comment referralId } }`;
  type Forwarded = { forwardedReferrals: { comment: string | null; referralId: string }[] };

  it("the recipient agency's admins, auditors and secretariat do not read a forward's comment; its officers do", async () => {
    const id = await referralAfter(orm, world, ACKNOWLEDGED, { handlingCode: HandlingCode.H2 });
    const forwarded = await (
      await caller(world.users.receiverOfficer)
    )(FORWARD, {
      input: { referralId: id, recipientAgencyId: world.agencies.fellowMember.id, comment: 'Víctima menor, Tapachula' },
    });
    expect(forwarded.errors).toBeUndefined();
    const commentSeenBy = async (call: ReturnType<typeof graphqlAs>) => {
      const result = await call<Forwarded>(FORWARDED);
      expect(result.errors).toBeUndefined();
      return result.data!.forwardedReferrals.find((forward) => forward.referralId === id)?.comment;
    };
    expect(await commentSeenBy(await caller(world.users.fellowMemberOfficer))).toBe('Víctima menor, Tapachula');
    for (const roles of [[Role.AGENCY_ADMIN], [Role.AUDITOR], [Role.SECRETARIAT]]) {
      expect([roles, await commentSeenBy(await recipientCaller(roles))]).toEqual([roles, null]);
    }
  });

  it('approving or refusing another agency’s forward answers exactly as a forward that does not exist', async () => {
    const id = await referralAfter(orm, world, ACKNOWLEDGED, { handlingCode: HandlingCode.H3 });
    const requested = await (
      await caller(world.users.receiverOfficer)
    )<{ forwardReferral: { id: string } }>(FORWARD, {
      input: { referralId: id, recipientAgencyId: world.agencies.fellowMember.id, comment: 'Competencia' },
    });
    const forwardId = requested.data!.forwardReferral.id;
    const decisions = [
      `mutation ($id: ID!) { approveReferralForward(forwardId: $id) { id } }`,
      `mutation ($id: ID!) { refuseReferralForward(forwardId: $id, reason: "No") { id } }`,
    ];
    // The receiving agency (which reads the forward), the recipient agency, and an agency that reads nothing.
    const outsiders = [world.users.receiverOfficer, world.users.fellowMemberOfficer, world.users.sameCountryOfficer];
    for (const decision of decisions) {
      for (const outsider of outsiders) {
        const call = await caller(outsider);
        const missing = await call(decision, { id: randomUUID() });
        const foreign = await call(decision, { id: forwardId });
        expect(firstError(missing).extensions?.code).toBe('NOT_FOUND');
        expect(foreign.errors).toEqual(missing.errors);
      }
    }
    const status = await orm.em
      .fork()
      .getConnection()
      .execute<{ status: string }[]>('select status from referral_forward where id = ?', [forwardId]);
    expect(at(status, 0).status).toBe('REQUESTED');
  });
});
