import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The app's cache. Every list that pages is a Relay connection (server/src/platform/graphql/connection.ts): the
 * cache keeps one list per combination of the arguments named here, and a `fetchMore({ variables: { after } })`
 * appends the next page's edges to it; asking again without `after` (a refetch) starts the list afresh.
 * A screen loads more with `fetchMore` alone and never merges pages itself.
 */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          users: relayStylePagination(['agencyId']),
          referrals: relayStylePagination(['box', 'filter', 'sort']),
          auditTrail: relayStylePagination(['filter']),
          dataOwnerAccessLog: relayStylePagination(['filter']),
          followUpActions: relayStylePagination(['mechanismId', 'filter', 'sort']),
        },
      },
    },
  });
}
