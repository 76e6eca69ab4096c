import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ReferralBox, ReferralInboxQuery, ReferralInboxQueryVariables } from '../../gql/graphql';
import type { InboxFilter } from './inbox-filter';
import { InboxFilters } from './inbox-filters';
import { InboxView } from './inbox-view';
import { InboxMechanismsDocument, ReferralInboxDocument } from './referral-inbox.generated';
import { useReferralEvents } from './use-referral-events';

export const PAGE_SIZE = 25;
/** The server's largest page (server/src/platform/graphql/connection.ts PAGE_SIZE.max). */
const MAX_PAGE_SIZE = 100;
// The screen shows the error itself, with a retry button.
const context: EnlaceOperationContext = { handlesErrors: true };

/** The list's first answer, fetched without Apollo Client (referral-inbox-screen.tsx). */
export interface FirstAnswer {
  variables: ReferralInboxQueryVariables;
  data: ReferralInboxQuery;
}

interface ApolloInboxProps {
  client: ApolloClient;
  /** True when an ApolloProvider already wraps the app (tests). */
  provided: boolean;
  box: ReferralBox;
  inbox: InboxFilter;
  first: FirstAnswer | undefined;
}

/** The inbox once Apollo Client is there: live updates, "load more", the mechanisms to filter by. */
export function ApolloInbox({ client, provided, ...props }: ApolloInboxProps) {
  const inbox = <InboxWithApollo {...props} />;
  return provided ? inbox : <ApolloProvider client={client}>{inbox}</ApolloProvider>;
}

function InboxWithApollo({ box, inbox, first }: Omit<ApolloInboxProps, 'client' | 'provided'>) {
  const client = useApolloClient();
  // The answer already on the screen goes into the cache before the query reads it: no second request, and the
  // list stays as drawn. Once, before the first render's query.
  useState(() => {
    if (first) client.writeQuery({ query: ReferralInboxDocument, variables: first.variables, data: first.data });
    return true;
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ReferralInboxDocument, {
    variables: { box, filter: inbox.filter, first: PAGE_SIZE },
    context,
    notifyOnNetworkStatusChange: true,
  });
  const mechanisms = useQuery(InboxMechanismsDocument, { context });
  const page = data?.referrals ?? previousData?.referrals;
  // A referral sent, answered or forwarded elsewhere appears here without a reload. As many rows as are shown
  // are fetched again (up to the server's page limit), so pages opened with "load more" stay open.
  const shown = page?.edges.length ?? 0;
  useReferralEvents(() => void refetch({ first: Math.min(Math.max(shown, PAGE_SIZE), MAX_PAGE_SIZE) }));

  const loadMore = async () => {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      // The cache appends the page to this box and filter's list (api/cache.ts).
      await fetchMore({ variables: { after: page.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <InboxView
      box={box}
      inbox={inbox}
      page={page}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      loadingMore={loadingMore}
      onLoadMore={() => void loadMore()}
      filters={<InboxFilters inbox={inbox} offerMine={box === 'INBOX'} mechanisms={mechanisms.data?.mechanisms} />}
    />
  );
}
