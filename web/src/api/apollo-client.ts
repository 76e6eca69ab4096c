import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import type { i18n as I18n } from 'i18next';
import { tap } from 'rxjs';
import { createCache } from './cache';
import { lazyLiveLink } from './live-link';
import { reportServerReachable } from './connection-status';
import { createRetryLink } from './retry-link';
import { showNotice } from './notices';
import { translateApiError } from './translate-api-error';
import { forgetAllDrafts } from '../screens/new-referral/forget-drafts';
import { MeDocument } from '../session/me.generated';

// For api/api-source.tsx, which loads this module once a screen needs Apollo.
export { ApolloProvider } from '@apollo/client/react';

/**
 * Operation context flag: the screen shows this operation's errors itself (a form next to its fields), so the
 * shell must not show them a second time.
 */
export interface EnlaceOperationContext {
  handlesErrors?: boolean;
}

/** One client for the app: same-origin /graphql with the session cookie; errors become translated notices. */
export function createApolloClient(i18n: I18n, uri = '/graphql') {
  // Any answer from the server, even an error, proves it is reachable: clears the connection banner.
  const reachability = new ApolloLink((operation, forward) =>
    forward(operation).pipe(tap({ next: () => reportServerReachable(true) })),
  );

  const errors = new ErrorLink(({ error, operation }) => {
    const handledByScreen = (operation.getContext() as EnlaceOperationContext).handlesErrors === true;
    if (!CombinedGraphQLErrors.is(error)) {
      reportServerReachable(false);
      return;
    }
    // The session ended on the server (expiry, sign-out in another tab, account disabled): forget the typing now,
    // and ask who is signed in, so the shell shows the sign-in page instead of a screen whose every request fails.
    if (error.errors.some((graphqlError) => graphqlError.extensions?.code === 'UNAUTHENTICATED')) {
      forgetAllDrafts();
      if (operation.operationName !== 'Me') void client.refetchQueries({ include: [MeDocument] }).catch(() => []);
    }
    if (!handledByScreen) showNotice(translateApiError(error, i18n.t).message);
  });

  // Slow, flaky links drop requests, and a busy or restarting server answers "try again" (503 with Retry-After,
  // SERVICE_UNAVAILABLE): repeat with back-off and jitter, never sooner than asked, before telling the user.
  // Mutations only when they carry an idempotency key: a lost answer does not mean the server did not act.
  const retry = createRetryLink();

  // Subscriptions travel over a WebSocket on the same path; queries and mutations stay on HTTP.
  const transport = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    lazyLiveLink(uri),
    ApolloLink.from([reachability, errors, retry, new HttpLink({ uri, credentials: 'same-origin' })]),
  );

  const client = new ApolloClient({
    link: transport,
    cache: createCache(),
  });
  return client;
}
