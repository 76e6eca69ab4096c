import type { MikroORM } from '@mikro-orm/postgresql';
import { HandlingCode } from '../../server/src/modules/referrals';
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
  SENT,
} from '../support/factories';
import { firstError } from '../support/indexing';

let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;
let sender: Caller, receiver: Caller, fellow: Caller, sameCountry: Caller, receiverCaseWorker: Caller;

beforeAll(async () => {
  server = await startTestServer();
  orm = server.server.orm;
  world = await aBorderWorld(orm);
  const caller = async (name: keyof BorderWorld['users']) => graphqlAs(server, await cookieFor(orm, world.users[name]));
  sender = await caller('senderOfficer');
  receiver = await caller('receiverOfficer');
  receiverCaseWorker = await caller('receiverCaseWorker');
  fellow = await caller('fellowMemberOfficer');
  sameCountry = await caller('sameCountryOfficer');
}, 60_000);
afterAll(() => server?.stop());

const FORWARD = `mutation ($input: ForwardReferralInput!) { forwardReferral(input: $input) { id status recipientAgencyId } }`;
const APPROVE = `mutation ($id: ID!) { approveReferralForward(forwardId: $id) { id status } }`;
const REFUSE = `mutation ($id: ID!, $reason: String!) { refuseReferralForward(forwardId: $id, reason: $reason) { id status refusalReason } }`;
const FORWARDED = `{ forwardedReferrals { status referral { id title persons { givenNames role } } } }`;
const FORWARDS = `query ($id: ID!) { referralForwards(referralId: $id) { status recipientAgencyId } }`;
const MESSAGES = `query ($id: ID!) { referralMessages(referralId: $id) { body } }`;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { id title persons { givenNames } } }`;
const TO_DECIDE = `{ forwardRequestsToDecide { id status referralId } }`;
type ToDecide = { forwardRequestsToDecide: { id: string; status: string; referralId: string }[] };
const waitingIds = async (who: Caller) =>
  ((await who<ToDecide>(TO_DECIDE)).data?.forwardRequestsToDecide ?? []).map((forward) => forward.id);

type Forwarded = { forwardedReferrals: { referral: { id: string; persons: { givenNames: string | null }[] } }[] };

async function acknowledged(handlingCode: HandlingCode) {
  return referralAfter(orm, world, ACKNOWLEDGED, { handlingCode });
}
const forwardTo = (who: Caller, referralId: string, recipientAgencyId: string) =>
  who<{ forwardReferral: { id: string; status: string } }>(FORWARD, {
    input: { referralId, recipientAgencyId, comment: 'Competencia' },
  });

describe('forwarding a referral to a third agency', () => {
  it('H1: the receiving agency may not pass it on at all', async () => {
    const id = await acknowledged(HandlingCode.H1);
    const result = await forwardTo(receiver, id, world.agencies.fellowMember.id);
    expect(firstError(result).extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'error.referral.forward.notAllowedByHandlingCode',
    });
  });

  it('H2: goes at once to another agency of the receiving country, which then reads it with personal data', async () => {
    const id = await acknowledged(HandlingCode.H2);
    expect(codeOf(await fellow(MESSAGES, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await fellow(REFERRAL, { id }))).toBe('NOT_FOUND');
    const result = await forwardTo(receiver, id, world.agencies.fellowMember.id);
    expect(result.data?.forwardReferral.status).toBe('ACTIVE');
    // Opened by its address (the web client's detail page), like the two parties open it.
    const opened = await fellow<{ referral: { id: string; persons: { givenNames: string | null }[] } }>(REFERRAL, {
      id,
    });
    expect(opened.data?.referral.persons.map((person) => person.givenNames)).toContain('Juan Carlos');
    const seen = await fellow<Forwarded>(FORWARDED);
    const mine = seen.data!.forwardedReferrals.find((forward) => forward.referral.id === id)!;
    expect(mine.referral.persons.map((person) => person.givenNames)).toContain('Juan Carlos');
    expect(codeOf(await fellow(MESSAGES, { id }))).toBe('OK');
    expect((await sender<{ referralForwards: unknown[] }>(FORWARDS, { id })).data?.referralForwards).toEqual([
      { status: 'ACTIVE', recipientAgencyId: world.agencies.fellowMember.id },
    ]);
    const audited = await orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>(
        `select action from audit_event where entity_id = ? and action like 'referral.forward%'`,
        [id],
      );
    expect(audited.map((row) => row.action)).toEqual(['referral.forward']);
  });

  it('H2: not to an agency of another country, not twice, not before acknowledging, and not by the sender', async () => {
    const id = await acknowledged(HandlingCode.H2);
    const abroad = await forwardTo(receiver, id, world.agencies.sameCountry.id);
    expect(firstError(abroad).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { recipientAgencyId: 'error.referral.forward.outsideReceivingCountry' },
    });
    expect(codeOf(await forwardTo(receiver, id, world.agencies.fellowMember.id))).toBe('OK');
    expect(firstError(await forwardTo(receiver, id, world.agencies.fellowMember.id)).extensions?.messageKey).toBe(
      'error.referral.forward.duplicate',
    );
    expect(codeOf(await forwardTo(sender, id, world.agencies.fellowMember.id))).toBe('FORBIDDEN');
    expect(codeOf(await forwardTo(receiverCaseWorker, id, world.agencies.fellowMember.id))).toBe('FORBIDDEN');
    const onlySent = await referralAfter(orm, world, SENT, { handlingCode: HandlingCode.H2 });
    expect(firstError(await forwardTo(receiver, onlySent, world.agencies.fellowMember.id)).extensions?.messageKey).toBe(
      'error.referral.forward.notNow',
    );
    expect(codeOf(await forwardTo(sameCountry, id, world.agencies.fellowMember.id))).toBe('NOT_FOUND');
  });

  it('H3: a request the sending agency approves; until then the third agency reads nothing', async () => {
    const id = await acknowledged(HandlingCode.H3);
    const requested = await forwardTo(receiver, id, world.agencies.fellowMember.id);
    expect(requested.data?.forwardReferral.status).toBe('REQUESTED');
    const forwardId = requested.data!.forwardReferral.id;
    // Waiting for the sending agency: listed for its officers, for nobody else.
    expect(await waitingIds(sender)).toContain(forwardId);
    expect(await waitingIds(receiver)).not.toContain(forwardId);
    expect(await waitingIds(fellow)).not.toContain(forwardId);
    const before = await fellow<Forwarded>(FORWARDED);
    expect(before.data!.forwardedReferrals.some((forward) => forward.referral.id === id)).toBe(false);
    expect(codeOf(await fellow(MESSAGES, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await receiver(APPROVE, { id: forwardId }))).toBe('NOT_FOUND');

    expect((await sender<{ approveReferralForward: { status: string } }>(APPROVE, { id: forwardId })).data).toEqual({
      approveReferralForward: { id: forwardId, status: 'ACTIVE' },
    });
    const after = await fellow<Forwarded>(FORWARDED);
    expect(after.data!.forwardedReferrals.some((forward) => forward.referral.id === id)).toBe(true);
    expect(await waitingIds(sender)).not.toContain(forwardId);
    expect(firstError(await sender(APPROVE, { id: forwardId })).extensions?.messageKey).toBe(
      'error.referral.forward.alreadyDecided',
    );
    const audited = await orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>(
        `select action from audit_event where entity_id = ? and action like 'referral.forward%' order by seq`,
        [id],
      );
    expect(audited.map((row) => row.action)).toEqual(['referral.forward.request', 'referral.forward.approve']);
  });

  it('H3: the sending agency may refuse, with a reason, and the third agency never reads it', async () => {
    const id = await acknowledged(HandlingCode.H3);
    const forwardId = (await forwardTo(receiver, id, world.agencies.fellowMember.id)).data!.forwardReferral.id;
    expect(firstError(await sender(REFUSE, { id: forwardId, reason: ' ' })).extensions?.fields).toEqual({
      reason: 'error.referral.forward.reasonRequired',
    });
    const refused = await sender<{ refuseReferralForward: { status: string; refusalReason: string } }>(REFUSE, {
      id: forwardId,
      reason: 'Investigación en curso',
    });
    expect(refused.data?.refuseReferralForward).toMatchObject({
      status: 'REFUSED',
      refusalReason: 'Investigación en curso',
    });
    expect(codeOf(await fellow(MESSAGES, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await fellow(REFERRAL, { id }))).toBe('NOT_FOUND');
    // After a refusal the receiving agency may ask again.
    expect((await forwardTo(receiver, id, world.agencies.fellowMember.id)).data?.forwardReferral.status).toBe(
      'REQUESTED',
    );
  });
});
