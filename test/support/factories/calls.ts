import type { TestServer } from '../test-server';

/** Calls the GraphQL API over HTTP with a session cookie, as the signed-in web client does. */
export function graphqlAs(server: TestServer, cookie: string) {
  return <Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    server.graphql<Data>(query, variables, { cookie });
}

/** Calls the GraphQL API over HTTP with an API token, as another system does: bearer token, no cookie. */
export function graphqlWithToken(server: TestServer, secret: string) {
  return <Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    server.graphql<Data>(query, variables, { authorization: `Bearer ${secret}` });
}

export type Caller = ReturnType<typeof graphqlAs>;

/** The error code of a GraphQL answer, or "OK". */
export function codeOf(result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

/** The error code a service call fails with, or "OK". */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (!code) throw error;
    return code;
  }
}

/** The translated message keys a service call fails with (per field where it names fields), or "OK". */
export async function messageKeyOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const extensions = (error as { extensions?: { messageKey?: string; fields?: unknown } }).extensions;
    if (!extensions) throw error;
    return extensions.fields ?? extensions.messageKey;
  }
}
