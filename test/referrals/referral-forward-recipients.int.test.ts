import type { MikroORM } from '@mikro-orm/postgresql';
import { HandlingCode } from '../../server/src/modules/referrals';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  aBorderWorld,
  ACKNOWLEDGED,
  type BorderWorld,
  type Caller,
  codeOf,
  cookieFor,
  graphqlAs,
  referralAfter,
} from '../support/factories';
import { at } from '../support/indexing';

let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;
let receiver: Caller, recipientOfficer: Caller, recipientCaseWorker: Caller, recipientSecretariat: Caller;
let outsider: Caller;
let recipientOfficerId: string;

/** A user of the recipient agency with one role, signed in. */
async function recipientColleague(role: Role): Promise<Caller> {
  const colleague = await world.colleagueIn('fellowMember', [role], { name: `${role} recipient` });
  return graphqlAs(server, await cookieFor(orm, colleague));
}

beforeAll(async () => {
  server = await startTestServer();
  orm = server.server.orm;
  world = await aBorderWorld(orm);
  receiver = graphqlAs(server, await cookieFor(orm, world.users.receiverOfficer));
  recipientOfficer = graphqlAs(server, await cookieFor(orm, world.users.fellowMemberOfficer));
  recipientOfficerId = world.users.fellowMemberOfficer.user.id;
  recipientSecretariat = graphqlAs(server, await cookieFor(orm, world.users.secretariat));
  recipientCaseWorker = await recipientColleague(Role.CASE_WORKER);
  outsider = graphqlAs(server, await cookieFor(orm, world.users.sameCountryOfficer));
}, 60_000);
afterAll(() => server?.stop());

const REFERRAL = `query ($id: ID!) {
  referral(id: $id) {
    id title status
    history { action byUserId }
    persons { role givenNames phones restrictedFields }
  }
}`;
type ReadReferral = {
  referral: {
    id: string;
    history: { action: string }[];
    persons: { givenNames: string | null; phones: string[] | null; restrictedFields: string[] }[];
  };
};
const FORWARD = `mutation ($input: ForwardReferralInput!) { forwardReferral(input: $input) { id status } }`;

/** An H2 referral the receiver acknowledged and passed on to the fellow member agency (ACTIVE at once). */
async function forwardedReferral(): Promise<string> {
  const id = await referralAfter(orm, world, ACKNOWLEDGED, { handlingCode: HandlingCode.H2 });
  const forwarded = await receiver<{ forwardReferral: { status: string } }>(FORWARD, {
    input: { referralId: id, recipientAgencyId: world.agencies.fellowMember.id },
  });
  expect(forwarded.data?.forwardReferral.status).toBe('ACTIVE');
  return id;
}

describe('an agency a referral was forwarded to', () => {
  it('reads nothing before the forward, and the referral with its history after it', async () => {
    const id = await referralAfter(orm, world, ACKNOWLEDGED, { handlingCode: HandlingCode.H2 });
    expect(codeOf(await recipientOfficer(REFERRAL, { id }))).toBe('NOT_FOUND');
    await receiver(FORWARD, { input: { referralId: id, recipientAgencyId: world.agencies.fellowMember.id } });
    const read = await recipientOfficer<ReadReferral>(REFERRAL, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.referral.history.map((step) => step.action)).toEqual(['send', 'acknowledge']);
  });

  it("its liaison officers read the persons' personal data, and each read is audited as theirs", async () => {
    const id = await forwardedReferral();
    const read = await recipientOfficer<ReadReferral>(REFERRAL, { id });
    expect(read.data!.referral.persons[0]).toMatchObject({ givenNames: 'Juan Carlos', restrictedFields: [] });
    const audited = await orm.em
      .fork()
      .getConnection()
      .execute<{ actor_id: string; actor_agency_id: string; fields: string[]; owner_agency_id: string }[]>(
        // This referral's persons only, oldest first: earlier tests' reads by the same officer are in the trail too.
        `select actor_id, actor_agency_id, fields, owner_agency_id from audit_event
          where action = 'personal-data.read' and actor_id = ? and entity_type = 'ReferralPerson'
            and entity_id in (select id::text from referral_person where referral_id = ?)
          order by seq`,
        [recipientOfficerId, id],
      );
    expect(audited.length).toBeGreaterThan(0);
    expect(audited[0]).toMatchObject({
      actor_agency_id: world.agencies.fellowMember.id,
      owner_agency_id: world.agencies.sender.id,
    });
    expect(at(audited, 0).fields).toContain('givenNames');
  });

  it('its case workers read the referral without personal data; its other roles and other agencies read nothing', async () => {
    const id = await forwardedReferral();
    const read = await recipientCaseWorker<ReadReferral>(REFERRAL, { id });
    expect(read.data!.referral.persons[0]).toMatchObject({ givenNames: null, phones: null });
    expect(at(read.data!.referral.persons, 0).restrictedFields).toEqual(
      expect.arrayContaining(['givenNames', 'familyNames', 'phones']),
    );
    expect(codeOf(await recipientSecretariat(REFERRAL, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await outsider(REFERRAL, { id }))).toBe('NOT_FOUND');
  });

  it('may not act as the receiving agency nor take the sender’s steps: FORBIDDEN, nothing changes', async () => {
    const id = await forwardedReferral();
    const steps = [
      `mutation ($id: ID!) { acceptReferral(id: $id) { id } }`,
      `mutation ($id: ID!) { declineReferral(id: $id, reason: "No es nuestro") { id } }`,
      `mutation ($id: ID!) { startReferral(id: $id) { id } }`,
      `mutation ($id: ID!) { closeReferral(id: $id, outcome: NO_FURTHER_ACTION) { id } }`,
      `mutation ($id: ID!) { withdrawReferral(id: $id, reason: "x") { id } }`,
      `mutation ($id: ID!) { acknowledgeReferral(id: $id) { id } }`,
    ];
    for (const step of steps) expect([step, codeOf(await recipientOfficer(step, { id }))]).toEqual([step, 'FORBIDDEN']);
    const after = await recipientOfficer<{ referral: { status: string } }>(REFERRAL, { id });
    expect(after.data!.referral.status).toBe('ACKNOWLEDGED');
  });

  it('may not pass it on again, even under H2 (only the receiving agency forwards)', async () => {
    const id = await forwardedReferral();
    const again = await recipientOfficer(FORWARD, {
      input: { referralId: id, recipientAgencyId: world.agencies.sameCountry.id },
    });
    expect(codeOf(again)).toBe('FORBIDDEN');
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from referral_forward where referral_id = ?', [id]);
    expect(Number(at(rows, 0).n)).toBe(1);
  });

  it('takes part in the conversation of the referral', async () => {
    const id = await forwardedReferral();
    const posted = await recipientOfficer(
      `mutation ($input: PostReferralMessageInput!) { postReferralMessage(input: $input) { id } }`,
      { input: { referralId: id, body: 'Recibido, coordinamos con la fiscalía local.' } },
    );
    expect(codeOf(posted)).toBe('OK');
    const seen = await receiver<{ referralMessages: { body: string; authorAgencyId: string }[] }>(
      `query ($id: ID!) { referralMessages(referralId: $id) { body authorAgencyId } }`,
      { id },
    );
    expect(seen.data!.referralMessages).toEqual([
      { body: 'Recibido, coordinamos con la fiscalía local.', authorAgencyId: world.agencies.fellowMember.id },
    ]);
  });
});
