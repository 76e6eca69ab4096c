import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { act, renderHook, waitFor } from '@testing-library/react';
import { type Observable, of, throwError } from 'rxjs';
import { createApiSource } from '../api/api-source';
import { requestGraphql } from '../api/plain-graphql';
import { MeDocument } from './me.generated';
import { prefetchMe, useMe } from './use-me';

jest.mock('../api/plain-graphql', () => ({ requestGraphql: jest.fn() }));
const request = jest.mocked(requestGraphql);

/** How many `Me` requests a first render of the session sends (the tests' StrictMode runs effects twice). */
async function requestsOfASession(before: () => void): Promise<number> {
  request.mockReset().mockResolvedValue({ me: null });
  before();
  const { result, unmount } = renderHook(() => useMe(createApiSource(() => new Promise(() => undefined))));
  await waitFor(() => expect(result.current.loading).toBe(false));
  expect(result.current.user).toBeNull();
  unmount();
  return request.mock.calls.length;
}

it("asking who is signed in as the page starts adds no request: the session's first useMe takes that answer", async () => {
  const alone = await requestsOfASession(() => undefined);
  expect(await requestsOfASession(() => void prefetchMe())).toBe(alone);
  // Taken once: a later session asks the server again.
  expect(await requestsOfASession(() => undefined)).toBe(alone);
});

describe('once Apollo watches the session', () => {
  const officer = {
    __typename: 'User' as const,
    id: 'u1',
    name: 'Ana Officer',
    email: 'ana@example.test',
    locale: 'es',
    timeZone: 'America/Guatemala',
    roles: ['LIAISON_OFFICER'],
    totpEnabled: false,
    agency: { __typename: 'Agency' as const, id: 'a1', name: 'Policía', acronym: 'PNC' },
    permissions: '[]',
  };

  /** A session whose later `Me` requests are answered by `next` (the first answer is the officer). */
  async function signedInSession(next: () => Observable<ApolloLink.Result>) {
    let asked = 0;
    const link = new ApolloLink(() => (asked++ === 0 ? of({ data: { me: officer } }) : next()));
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    request.mockReset().mockResolvedValue({ me: officer });
    const source = createApiSource(() => Promise.resolve(client), { client });
    const { result } = renderHook(() => useMe(source));
    await waitFor(() => expect(result.current.user?.id).toBe('u1'));
    return { result, client };
  }

  it('keeps the officer signed in when a refetch of Me gets no answer at all (the line dropped)', async () => {
    const { result, client } = await signedInSession(() => throwError(() => new TypeError('Failed to fetch')));
    await act(() => client.refetchQueries({ include: [MeDocument] }).catch(() => undefined));
    expect(result.current.user?.id).toBe('u1');
    expect(result.current.loading).toBe(false);
  });

  it('signs the officer out when the server answers that the session is over', async () => {
    const { result, client } = await signedInSession(() =>
      of({ data: null, errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await act(() => client.refetchQueries({ include: [MeDocument] }).catch(() => undefined));
    await waitFor(() => expect(result.current.user).toBeNull());
  });
});
