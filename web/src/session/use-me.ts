import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiSource } from '../api/api-source';
import type { EnlaceOperationContext } from '../api/apollo-client';
import { requestGraphql } from '../api/plain-graphql';
import { RETRY_SETTINGS, retryDelayMs, sleep } from '../api/retry-policy';
import type { MeQuery } from '../gql/shell/graphql';
import { MeDocument } from './me.generated';

type Me = MeQuery['me'];

// Not being signed in is a normal state here, not an error to announce.
const quietly: EnlaceOperationContext = { handlesErrors: true };

/**
 * Who is signed in. Before Apollo Client is loaded (a visitor on the sign-in screen never loads it) `Me` is a plain
 * request; once it is, the answer is written to its cache and watched there, so `refetchQueries` of `Me` (profile,
 * sign-in) and `resetStore` (sign-out) update the session as before.
 */
export function useMe(source: ApiSource) {
  const [state, setState] = useState<{ user: Me | null; loading: boolean }>({ user: null, loading: true });
  const known = useRef<Me | null | undefined>(undefined);
  const settle = useCallback((user: Me | null) => {
    known.current = user;
    setState({ user, loading: false });
  }, []);

  useEffect(() => {
    let stopped = false;
    let watching: { unsubscribe(): void } | undefined;
    const follow = (client: ApolloClient) => {
      if (stopped) return;
      if (known.current) client.writeQuery({ query: MeDocument, data: { me: known.current } });
      watching = client.watchQuery({ query: MeDocument, context: quietly }).subscribe((result) => {
        // A refetch in flight (after sign-out's resetStore): the answer, not the wait, changes the session.
        const complete = result.dataState === 'complete';
        if (result.loading && !complete) return;
        // Apollo keeps the last answer's data when a refetch fails, so the error decides: the server saying the
        // session is over (expired, signed out elsewhere) ends it here too.
        if (sessionEnded(result.error)) {
          // As a sign-out does: the cache, still holding the old answer and the screens' data, is emptied once.
          if (known.current) void client.resetStore().catch(() => undefined);
          return settle(null);
        }
        if (complete) return settle(result.data.me);
        // No answer at all (the line dropped, the retries ran out): whether the session lives is unknown, so the
        // officer keeps the screen and what it holds.
        if (result.error && known.current) return;
        settle(null);
      });
    };
    let unlisten = () => undefined as unknown;
    if (source.client) follow(source.client);
    else {
      const first = takeStartupMe().then((user) => {
        if (!stopped && known.current === undefined) settle(user);
      });
      unlisten = source.whenLoaded((client) => void first.then(() => follow(client)));
    }
    return () => {
      stopped = true;
      unlisten();
      watching?.unsubscribe();
    };
  }, [source, settle]);

  const refresh = useCallback(async (): Promise<Me | null> => {
    const client = source.client;
    if (!client) {
      const user = await fetchMe();
      settle(user);
      return user;
    }
    await client.refetchQueries({ include: [MeDocument] }).catch(() => []);
    return client.readQuery({ query: MeDocument })?.me ?? null;
  }, [source, settle]);

  return { ...state, refresh };
}

const sessionEnded = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((each) => each.extensions?.code === 'UNAUTHENTICATED');

let startupMe: Promise<Me | null> | undefined;

/**
 * Asks who is signed in as the page starts, before React renders (main.tsx): the answer is on its way while the
 * first screen's code downloads. The session's first `useMe` takes it; later ones ask again.
 */
export function prefetchMe(): Promise<Me | null> {
  startupMe ??= fetchMe();
  return startupMe;
}

function takeStartupMe(): Promise<Me | null> {
  const early = startupMe;
  startupMe = undefined;
  return early ?? fetchMe();
}

/**
 * `Me` over plain HTTP: null for a visitor (UNAUTHENTICATED). A dropped request on a flaky line is repeated with
 * the app's back-off, like Apollo's retry link would, rather than showing a signed-in officer the sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await requestGraphql(MeDocument)).me;
    } catch (error) {
      if (!(error instanceof TypeError) || attempt >= RETRY_SETTINGS.maxAttempts) return null;
      await sleep(retryDelayMs(attempt, null, RETRY_SETTINGS));
    }
  }
}
