import { lazy, useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { useLocation } from 'react-router';
import { useApiSource } from '../../api/api-source';
import { requestGraphql } from '../../api/plain-graphql';
import type { ReferralBox, ReferralInboxQuery, ReferralInboxQueryVariables } from '../../gql/graphql';
import type { FirstAnswer } from './apollo-inbox';
import { useInboxFilter, type InboxFilter } from './inbox-filter';
import { InboxFilters } from './inbox-filters';
import { InboxView } from './inbox-view';
import { ReferralInboxDocument } from './referral-inbox.generated';

/** Same as apollo-inbox.tsx's, which this module must not import (it brings Apollo Client). */
const PAGE_SIZE = 25;

/** Marked when the first answer is on the screen: what comes after it (Apollo Client, the bell, the menu's icons). */
export const FIRST_ANSWER_DRAWN = 'enlace:inbox-first-answer-drawn';

const loadApolloInbox = () => import('./apollo-inbox');
const ApolloInbox = lazy(() => loadApolloInbox().then((module) => ({ default: module.ApolloInbox })));

/**
 * The agency's inbox (`/referrals/inbox`) or outbox (`/referrals/outbox`): filters (inbox-filters.tsx: status,
 * urgency, category, mechanism, days created and overdue in the address; words searched kept out of it), and a
 * "load more" button rather than page numbers.
 *
 * An officer's first screen after signing in: on a cold visit its first answer comes by a plain request, and
 * Apollo Client (some 50 kB over a border post's line), the live updates, the bell and the menu's icons are
 * downloaded only once that answer is drawn (docs/adr/0022-web-first-download.md). When the client is already
 * there (coming from another screen, tests) the plain step is skipped.
 */
export function ReferralInboxScreen() {
  const source = useApiSource();
  const box: ReferralBox = useLocation().pathname.endsWith('/outbox') ? 'OUTBOX' : 'INBOX';
  // Here, above both views, so the filters chosen stay when the one hands over to the other.
  const inbox = useInboxFilter();
  const [client, setClient] = useState(source.client);
  const [first, setFirst] = useState<FirstAnswer>();
  const [, startTransition] = useTransition();
  const afterFirstAnswer = useCallback(
    (answer: FirstAnswer | undefined) => {
      setFirst(answer);
      performance.mark?.(FIRST_ANSWER_DRAWN);
      // A transition: the plain view stays on the screen until the Apollo one can be drawn in its place.
      void Promise.all([source.load(), loadApolloInbox()]).then(([loaded]) => startTransition(() => setClient(loaded)));
    },
    [source],
  );
  if (client) return <ApolloInbox client={client} provided={source.provided} box={box} inbox={inbox} first={first} />;
  return <PlainInbox box={box} inbox={inbox} onDrawn={afterFirstAnswer} />;
}

/** The list by a plain request, until Apollo Client has come; `onDrawn` once its first answer (or error) is shown. */
function PlainInbox({
  box,
  inbox,
  onDrawn,
}: {
  box: ReferralBox;
  inbox: InboxFilter;
  onDrawn: (answer: FirstAnswer | undefined) => void;
}) {
  const key = JSON.stringify({ box, filter: inbox.filter, first: PAGE_SIZE } satisfies ReferralInboxQueryVariables);
  const [answer, setAnswer] = useState<{ key: string; data?: ReferralInboxQuery; error?: unknown }>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    requestGraphql(ReferralInboxDocument, JSON.parse(key) as ReferralInboxQueryVariables).then(
      (data) => current && setAnswer({ key, data }),
      (error: unknown) => current && setAnswer({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const reported = useRef(false);
  useEffect(() => {
    if (!answer || reported.current) return;
    reported.current = true;
    const { data } = answer;
    onDrawn(data ? { variables: JSON.parse(answer.key) as ReferralInboxQueryVariables, data } : undefined);
  }, [answer, onDrawn]);
  const current = answer?.key === key;
  return (
    <InboxView
      box={box}
      inbox={inbox}
      page={answer?.data?.referrals}
      loading={!current}
      error={current ? answer.error : undefined}
      onRetry={() => setAttempt((count) => count + 1)}
      // Apollo Client comes right after this first answer; "load more" works from then on. Until it has come, the
      // button says it is loading rather than doing nothing when pressed (seconds on a slow link).
      loadingMore
      onLoadMore={() => undefined}
      filters={<InboxFilters inbox={inbox} offerMine={box === 'INBOX'} mechanisms={undefined} />}
    />
  );
}
