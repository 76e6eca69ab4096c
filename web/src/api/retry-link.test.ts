import { ApolloClient, ApolloLink, InMemoryCache, ServerError } from '@apollo/client';
import { gql } from '@apollo/client';
import { Observable } from 'rxjs';
import { createRetryLink } from './retry-link';
import { retryAfterHeaderMs, retryDelayMs, RETRY_SETTINGS } from './retry-policy';

const HEALTH = gql`
  query Health {
    health {
      version
    }
  }
`;
const SEND = gql`
  mutation Send($id: ID!, $idempotencyKey: String) {
    sendReferral(id: $id, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`;
const OK_HEALTH = { data: { health: { __typename: 'Health', version: '1' } } };
const OK_SEND = { data: { sendReferral: { __typename: 'Referral', id: 'r-1' } } };

type Answer = ApolloLink.Result | Error;

/** A server that gives the scripted answers in turn, and records when each request came. */
function scriptedServer(answers: Answer[]) {
  const calls: number[] = [];
  const link = new ApolloLink(
    () =>
      new Observable<ApolloLink.Result>((observer) => {
        calls.push(Date.now());
        const answer = answers.shift()!;
        if (answer instanceof Error) observer.error(answer);
        else {
          observer.next(answer);
          observer.complete();
        }
      }),
  );
  return { link, calls };
}

const shed = (retryAfter: string) =>
  new ServerError('Response not successful: Received status code 503', {
    response: { status: 503, headers: new Headers({ 'retry-after': retryAfter }) } as Response,
    bodyText: '{"code":"SERVICE_UNAVAILABLE","messageKey":"error.serviceUnavailable"}',
  });
const databaseDown = {
  errors: [{ message: 'briefly unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } }],
};
const settings = { ...RETRY_SETTINGS, random: () => 0.5 };

function clientOn(answers: Answer[]) {
  const server = scriptedServer(answers);
  const client = new ApolloClient({
    link: ApolloLink.from([createRetryLink(settings), server.link]),
    cache: new InMemoryCache(),
  });
  return { client, calls: server.calls };
}

beforeEach(() => jest.useFakeTimers({ now: 0 }));
afterEach(() => jest.useRealTimers());

describe('the web client backs off when the server says "try again"', () => {
  it('waits at least Retry-After (plus jitter) after a shed query, then gets the answer', async () => {
    const { client, calls } = clientOn([shed('2'), OK_HEALTH]);
    const answer = client.query({ query: HEALTH });
    await jest.advanceTimersByTimeAsync(30_000);
    await expect(answer).resolves.toMatchObject({ data: { health: { version: '1' } } });
    expect(calls).toEqual([0, 2_500]);
  });

  it('repeats a query answered SERVICE_UNAVAILABLE after the wait its error names', async () => {
    const { client, calls } = clientOn([databaseDown, OK_HEALTH]);
    const answer = client.query({ query: HEALTH });
    await jest.advanceTimersByTimeAsync(30_000);
    await expect(answer).resolves.toMatchObject({ data: { health: { version: '1' } } });
    expect(calls).toEqual([0, 6_250]);
  });

  it('repeats a mutation that carries an idempotency key, with the same key', async () => {
    const { client, calls } = clientOn([shed('1'), new TypeError('Failed to fetch'), OK_SEND]);
    const sent = client.mutate({ mutation: SEND, variables: { id: 'r-1', idempotencyKey: 'k-1' } });
    await jest.advanceTimersByTimeAsync(30_000);
    await expect(sent).resolves.toMatchObject({ data: { sendReferral: { id: 'r-1' } } });
    expect(calls).toHaveLength(3);
  });

  it('never repeats a mutation without an idempotency key: the failure reaches the screen', async () => {
    const { client, calls } = clientOn([shed('1'), OK_SEND]);
    const sent = client.mutate({ mutation: SEND, variables: { id: 'r-1' } });
    const failed = expect(sent).rejects.toThrow(/503/);
    await jest.advanceTimersByTimeAsync(30_000);
    await failed;
    expect(calls).toHaveLength(1);
  });

  it('gives up after five attempts and does not repeat a client error', async () => {
    const { client, calls } = clientOn([shed('1'), shed('1'), shed('1'), shed('1'), shed('1'), OK_HEALTH]);
    const answer = expect(client.query({ query: HEALTH })).rejects.toThrow(/503/);
    await jest.advanceTimersByTimeAsync(120_000);
    await answer;
    expect(calls).toHaveLength(5);

    const refused = new ServerError('429', {
      response: { status: 429, headers: new Headers() } as Response,
      bodyText: '',
    });
    const second = clientOn([refused, OK_HEALTH]);
    const limited = expect(second.client.query({ query: HEALTH, fetchPolicy: 'network-only' })).rejects.toThrow();
    await jest.advanceTimersByTimeAsync(30_000);
    await limited;
    expect(second.calls).toHaveLength(1);
  });
});

describe('the wait', () => {
  it('is never shorter than Retry-After and spreads clients over up to half again', () => {
    const low = { ...RETRY_SETTINGS, random: () => 0 };
    const high = { ...RETRY_SETTINGS, random: () => 0.999 };
    expect(retryDelayMs(1, 2_000, low)).toBe(2_000);
    expect(retryDelayMs(1, 2_000, high)).toBeLessThanOrEqual(3_000);
    expect(retryDelayMs(1, null, low)).toBe(400);
    expect(retryDelayMs(3, null, low)).toBe(1_600);
    expect(retryDelayMs(10, null, low)).toBe(8_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterHeaderMs('5')).toBe(5_000);
    expect(retryAfterHeaderMs('Fri, 04 Dec 2026 13:00:10 GMT', Date.parse('2026-12-04T13:00:00Z'))).toBe(10_000);
    expect(retryAfterHeaderMs('soon')).toBeNull();
    expect(retryAfterHeaderMs(null)).toBeNull();
  });
});
