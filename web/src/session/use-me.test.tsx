import { renderHook, waitFor } from '@testing-library/react';
import { createApiSource } from '../api/api-source';
import { requestGraphql } from '../api/plain-graphql';
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
