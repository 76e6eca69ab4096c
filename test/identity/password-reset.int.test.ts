import { Role } from '../../server/src/platform/authz/roles';
import { PASSWORD_RESETS_PER_ADDRESS_PER_HOUR } from '../../server/src/platform/http/rate-limits';
import { startTestServer, type TestServer } from '../support/test-server';
import { anAgency, aUser, ME, SIGN_IN, signInAs, type TestUser } from '../support/factories';
import { at, firstError } from '../support/indexing';

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
const NEW_PASSWORD = 'lluvia sobre el puente de Tecún Umán';

describe('Resetting a forgotten password by e-mail', () => {
  let server: TestServer;
  let person: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    person = await aUser(server.server.orm, await anAgency(server.server.orm), {
      password: true,
      roles: [Role.LIAISON_OFFICER],
    });
  });
  afterAll(() => server.stop());

  const sql = <T>(query: string, params: unknown[] = []) =>
    server.server.orm.em.fork().execute(query, params) as Promise<T[]>;
  const mailsTo = (email: string) =>
    sql<{ text: string }>('select text from mail_outbox where recipient = ? order by created_at', [email]);
  const tokenOf = (text: string) => /#token=(\S+)/.exec(text)![1];
  const auditActions = (action: string) =>
    sql<{ n: number }>('select count(*)::int as n from audit_event where action = ?', [action]);

  it('answers alike for an account and an unknown e-mail, and mails only the account holder', async () => {
    const known = await server.graphql(REQUEST, { email: person.email.toUpperCase() });
    const unknown = await server.graphql(REQUEST, { email: 'nadie.aqui@example.org' });
    expect(known.errors).toBeUndefined();
    expect(unknown.data).toEqual(known.data);
    expect(unknown.status).toBe(known.status);
    const mails = await mailsTo(person.email);
    expect(mails).toHaveLength(1);
    expect(at(mails, 0).text).toMatch(/\/reset-password#token=/);
    expect(await mailsTo('nadie.aqui@example.org')).toHaveLength(0);
    // The token is stored hashed only.
    const token = tokenOf(at(mails, 0).text);
    expect(await sql('select 1 from password_reset where token_hash = ?', [token])).toHaveLength(0);
    expect(at(await auditActions('user.passwordReset.request'), 0).n).toBe(1);
    expect(at(await auditActions('user.passwordReset.unknownEmail'), 0).n).toBe(1);
  });

  it('refuses a malformed e-mail naming the field', async () => {
    const result = await server.graphql(REQUEST, { email: 'x'.repeat(300) });
    expect(firstError(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { email: 'error.email.invalid' },
    });
  });

  it('sets a new password once, with the usual rules, and ends every session', async () => {
    const session = await signInAs(server, person);
    await server.graphql(REQUEST, { email: person.email });
    const mails = await mailsTo(person.email);
    const token = tokenOf(at(mails, -1).text);
    // An earlier link stops working when a new one is mailed.
    const earlier = await server.graphql(RESET, { token: tokenOf(at(mails, 0).text), password: NEW_PASSWORD });
    expect(firstError(earlier).extensions?.fields).toEqual({ token: 'error.passwordReset.invalid' });

    const short = await server.graphql(RESET, { token, password: 'corta' });
    expect(firstError(short).extensions?.fields).toEqual({ password: 'error.password.tooShort' });
    const withEmail = await server.graphql(RESET, { token, password: `${person.email} largo` });
    expect(firstError(withEmail).extensions?.fields).toEqual({ password: 'error.password.containsEmail' });

    const reset = await server.graphql(RESET, { token, password: NEW_PASSWORD });
    expect(reset.errors).toBeUndefined();
    expect(reset.data).toEqual({ resetPassword: true });
    expect(firstError(await server.graphql(ME, {}, { cookie: session })).extensions?.code).toBe('UNAUTHENTICATED');
    const old = await server.graphql(SIGN_IN, { email: person.email, password: person.password });
    expect(firstError(old).extensions?.messageKey).toBe('error.signIn.failed');
    const fresh = await server.graphql(SIGN_IN, { email: person.email, password: NEW_PASSWORD });
    expect(fresh.data).toEqual({ signIn: { status: 'SIGNED_IN' } });
    person.password = NEW_PASSWORD;

    const again = await server.graphql(RESET, { token, password: 'otra frase bastante larga' });
    expect(firstError(again).extensions?.fields).toEqual({ token: 'error.passwordReset.invalid' });
    expect(at(await auditActions('user.passwordReset'), 0).n).toBe(1);
  });

  it('refuses an expired link', async () => {
    await server.graphql(REQUEST, { email: person.email });
    const mails = await mailsTo(person.email);
    await sql(`update password_reset set expires_at = now() - interval '1 minute' where used_at is null`);
    const expired = await server.graphql(RESET, {
      token: tokenOf(at(mails, -1).text),
      password: NEW_PASSWORD,
    });
    expect(firstError(expired).extensions?.fields).toEqual({ token: 'error.passwordReset.invalid' });
  });

  it('mails one account at most three links an hour, answering alike, and limits each address', async () => {
    const before = (await mailsTo(person.email)).length;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await server.graphql(REQUEST, { email: person.email }));
    expect(answers.every((answer) => answer.data?.requestPasswordReset === true)).toBe(true);
    // Three sent in this hour already (earlier tests), so none of these three mails anything.
    expect((await mailsTo(person.email)).length).toBe(before);
    expect(at(await auditActions('user.passwordReset.throttled'), 0).n).toBeGreaterThan(0);

    let limited;
    for (let i = 0; i < PASSWORD_RESETS_PER_ADDRESS_PER_HOUR && !limited; i++) {
      const answer = await server.graphql(REQUEST, { email: `otra.${i}@example.org` });
      if (answer.errors) limited = answer;
    }
    expect(firstError(limited ?? {}).extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
