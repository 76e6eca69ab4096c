import type { TestServer } from '../support/test-server';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';
import { at, present } from '../support/indexing';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

/** Calls the API as one actor; resolves to data, or throws a DeniedError for FORBIDDEN / NOT_FOUND. */
export type Caller = <Data>(query: string, variables?: Record<string, unknown>) => Promise<Data>;

export class DeniedError extends Error {}

export function callerFor(api: TestServer, cookie: string): Caller {
  return async <Data>(query: string, variables?: Record<string, unknown>) => {
    const result = await api.graphql<Data>(query, variables, { cookie });
    const code = result.errors?.[0]?.extensions?.code;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') throw new DeniedError(String(code));
    if (result.errors) throw new Error(`Unexpected error: ${JSON.stringify(result.errors)}`);
    return result.data as Data;
  };
}

/** A write the matrix expects to be refused must be refused cleanly (FORBIDDEN or NOT_FOUND), nothing else. */
async function succeeds(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof DeniedError) return false;
    throw error;
  }
}

async function visibleUser(api: Caller, world: MatrixWorld, relation: Relation) {
  const target = world.personOf[relation];
  const data = await api<{ users: { nodes: { id: string; email: string | null; restrictedFields: string[] }[] } }>(
    `query ($agencyId: ID) { users(agencyId: $agencyId, first: 100) { nodes { id email restrictedFields } } }`,
    { agencyId: target.agency.id },
  );
  return data.users.nodes.find((node) => node.id === target.id);
}

async function auditEventSeen(api: Caller, world: MatrixWorld, relation: Relation) {
  const id = world.auditEventOf[relation];
  const view = relation === 'OWN_AGENCY' ? 'auditTrail' : 'dataOwnerAccessLog';
  try {
    const data = await api<
      Record<string, { nodes: { id: string; clientAddress: string | null; restrictedFields: string[] }[] }>
    >(`{ ${view}(first: 100) { nodes { id clientAddress restrictedFields } } }`);
    return present(data[view], view).nodes.find((node) => node.id === id);
  } catch (error) {
    if (error instanceof DeniedError) return undefined;
    throw error;
  }
}

export const MATRIX_CHECKS: Record<string, Check> = {
  'Agency:read': async (api, world, relation) => {
    const data = await api<{ agency: { id: string } | null }>('query ($id: ID!) { agency(id: $id) { id } }', {
      id: world.agencyOf[relation].id,
    });
    return data.agency !== null;
  },
  'Agency:update': (api, world, relation) =>
    succeeds(() =>
      api('mutation ($id: ID!) { updateAgency(input: { id: $id, contactPoint: "desk@matrix.example" }) { id } }', {
        id: world.agencyOf[relation].id,
      }),
    ),
  'User:read': async (api, world, relation) => (await visibleUser(api, world, relation)) !== undefined,
  'User:read:email': async (api, world, relation) => {
    const user = await visibleUser(api, world, relation);
    if (!user) return false;
    // A field the actor may not read comes back null and is named in restrictedFields; never one without the other.
    expect(user.email === null).toBe(user.restrictedFields.includes('email'));
    return user.email !== null;
  },
  'User:disable': async (api, world, relation) => {
    const id = world.personOf[relation].id;
    const allowed = await succeeds(() => api('mutation ($id: ID!) { disableUser(id: $id) { id } }', { id }));
    if (allowed) await api('mutation ($id: ID!) { enableUser(id: $id) { id } }', { id });
    return allowed;
  },
  'Mechanism:read': async (api, world, relation) => {
    const data = await api<{ mechanism: { id: string } | null }>('query ($id: ID!) { mechanism(id: $id) { id } }', {
      id: world.mechanismOf[relation]!.id,
    });
    return data.mechanism !== null;
  },
  'Mechanism:update': (api, world, relation) =>
    succeeds(() =>
      api('mutation ($id: ID!) { updateMechanism(input: { id: $id, names: { es: "Renombrado" } }) { id } }', {
        id: world.mechanismOf[relation]!.id,
      }),
    ),
  'AuditEvent:read': async (api, world, relation) => (await auditEventSeen(api, world, relation)) !== undefined,
  'AuditEvent:read:clientAddress': async (api, world, relation) => {
    const event = await auditEventSeen(api, world, relation);
    if (!event) return false;
    expect(event.clientAddress === null).toBe(event.restrictedFields.includes('clientAddress'));
    return event.clientAddress !== null;
  },
};

const SEND_REFERRAL = `mutation ($input: ReferralDraftInput!) { createReferralDraft(input: $input) { id } }`;

/**
 * A fresh referral sent by the liaison officer of `relation` along its route; returns its id. FORWARD_RECIPIENT:
 * sent between two other agencies (H2), acknowledged and forwarded to the actors' agency by its receiver.
 */
export async function sentReferral(api: TestServer, world: MatrixWorld, relation: Relation): Promise<string> {
  if (relation === 'FORWARD_RECIPIENT') return forwardedReferral(api, world);
  const cookie = world.liaisonCookieOf[relation];
  const route = world.referralRoute[relation]!;
  return sendAlong(api, cookie, route);
}

async function forwardedReferral(api: TestServer, world: MatrixWorld): Promise<string> {
  const { receiverCookie, recipientAgencyId, ...route } = world.forwardRoute;
  const id = await sendAlong(api, world.liaisonCookieOf.FELLOW_MECHANISM_MEMBER, route);
  const steps = [
    ['mutation ($id: ID!) { acknowledgeReferral(id: $id) { id } }', { id }],
    [
      'mutation ($input: ForwardReferralInput!) { forwardReferral(input: $input) { status } }',
      { input: { referralId: id, recipientAgencyId } },
    ],
  ] as const;
  for (const [query, variables] of steps) {
    const result = await api.graphql(query, variables, { cookie: receiverCookie });
    if (result.errors) throw new Error(`fixture referral not forwarded: ${JSON.stringify(result.errors)}`);
  }
  return id;
}

async function sendAlong(
  api: TestServer,
  cookie: string,
  route: { receivingAgencyId: string; mechanismId: string },
): Promise<string> {
  const draft = await api.graphql<{ createReferralDraft: { id: string } }>(
    SEND_REFERRAL,
    {
      input: {
        ...route,
        category: 'SMUGGLING_INCIDENT',
        urgency: 'URGENT',
        title: 'Matrix referral',
        narrative: 'A vehicle with migrants crossed at night.',
        handlingCode: 'H2',
        sourceReliability: 'B',
        informationAccuracy: 2,
        persons: [{ role: 'SMUGGLED_MIGRANT', givenNames: 'Rosa', familyNames: 'Pérez', nationality: 'HN' }],
      },
    },
    { cookie },
  );
  if (!draft.data) throw new Error(`fixture referral not created: ${JSON.stringify(draft.errors)}`);
  const id = draft.data.createReferralDraft.id;
  const sent = await api.graphql('mutation ($id: ID!) { sendReferral(id: $id) { id } }', { id }, { cookie });
  if (sent.errors) throw new Error(`fixture referral not sent: ${JSON.stringify(sent.errors)}`);
  return id;
}

/** Referral checks need the raw server too (to create fixtures as the senders), so they are built per run. */
export function referralChecks(server: TestServer): Record<string, Check> {
  const referralOf = new Map<Relation, Promise<string>>();
  const shared = (world: MatrixWorld, relation: Relation) => {
    if (!referralOf.has(relation)) referralOf.set(relation, sentReferral(server, world, relation));
    return referralOf.get(relation)!;
  };
  const readPersons = async (api: Caller, id: string) => {
    try {
      const data = await api<{ referral: { persons: { givenNames: string | null; restrictedFields: string[] }[] } }>(
        'query ($id: ID!) { referral(id: $id) { persons { givenNames restrictedFields } } }',
        { id },
      );
      return data.referral.persons;
    } catch (error) {
      if (error instanceof DeniedError) return undefined;
      throw error;
    }
  };
  return {
    'Referral:read': async (api, world, relation) =>
      (await readPersons(api, await shared(world, relation))) !== undefined,
    'Referral:read:persons.givenNames': async (api, world, relation) => {
      const persons = await readPersons(api, await shared(world, relation));
      if (!persons) return false;
      expect(at(persons, 0).givenNames === null).toBe(at(persons, 0).restrictedFields.includes('givenNames'));
      return at(persons, 0).givenNames !== null;
    },
    'Referral:acknowledge': async (api, world, relation) => {
      const id = await sentReferral(server, world, relation); // a fresh one: acknowledging changes its state
      return succeeds(() => api('mutation ($id: ID!) { acknowledgeReferral(id: $id) { id } }', { id }));
    },
    // Nobody in charge (null): the decision to assign, whoever the assignee (referral-assignment.int.test.ts).
    'Referral:assign': async (api, world, relation) => {
      const id = await sentReferral(server, world, relation);
      return succeeds(() => api('mutation ($id: ID!) { assignReferral(id: $id, assigneeId: null) { id } }', { id }));
    },
  };
}

/**
 * A mail to the person of `relation` that the mail server refused for good: an outbox row and its failed job,
 * written directly (the real path, through an SMTP server, is tested in test/jobs).
 */
async function failedMailJob(server: TestServer, world: MatrixWorld, relation: Relation): Promise<string> {
  const connection = server.server.orm.em.fork().getConnection();
  const mail = at(
    await connection.execute<{ id: string }[]>(
      `insert into mail_outbox (id, recipient, subject, text, status, attempts, last_error)
     values (gen_random_uuid(), ?, 'Aviso', 'Hola', 'FAILED', 1, 'SMTP_550') returning id`,
      [world.personOf[relation].email],
    ),
    0,
  );
  const job = at(
    await connection.execute<{ id: string }[]>(
      `insert into pgboss.job (name, data, state, retry_limit, started_on, completed_on, output)
     values ('mail.send', ?::jsonb, 'failed', 0, now(), now(), '{"code":"SMTP_550"}') returning id`,
      [JSON.stringify({ mailId: mail.id })],
    ),
    0,
  );
  return job.id;
}

/** Failed-job checks need the raw server too (to write the failed jobs), so they are built per run. */
export function failedJobChecks(server: TestServer): Record<string, Check> {
  return {
    'FailedJob:read': async (api, world, relation) => {
      const id = await failedMailJob(server, world, relation);
      try {
        const data = await api<{ failedJobs: { nodes: { id: string }[] } }>(
          '{ failedJobs(first: 100) { nodes { id } } }',
        );
        return data.failedJobs.nodes.some((node) => node.id === id);
      } catch (error) {
        if (error instanceof DeniedError) return false;
        throw error;
      }
    },
    'FailedJob:retry': async (api, world, relation) => {
      const id = await failedMailJob(server, world, relation);
      return succeeds(() => api('mutation ($id: ID!) { retryFailedJob(id: $id) }', { id }));
    },
  };
}
