import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Subject } from 'rxjs';
import { useReferralEvents } from './use-referral-events';

const NIL = '00000000-0000-0000-0000-000000000000';
const event = (type: string, referralId: string) => ({
  data: { referralEvents: { __typename: 'ReferralLiveEvent', type, referralId, at: '2026-12-04T13:00:00.000Z' } },
});

describe('live referral events', () => {
  it('passes the referral of an event on, and asks for a full refetch (null) on a resync event', async () => {
    const feed = new Subject<ApolloLink.Result>();
    const client = new ApolloClient({ link: new ApolloLink(() => feed), cache: new InMemoryCache() });
    const seen: (string | null)[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    renderHook(() => useReferralEvents((referralId) => seen.push(referralId)), { wrapper });

    act(() => feed.next(event('referral.send', 'r-1')));
    await waitFor(() => expect(seen).toEqual(['r-1']));
    // The server's LISTEN came back after a PostgreSQL restart: what happened meanwhile is unknown.
    act(() => feed.next(event('resync', NIL)));
    await waitFor(() => expect(seen).toEqual(['r-1', null]));
  });
});
