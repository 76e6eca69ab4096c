import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { onLiveReconnected } from '../../api/live-transport';
import { ReferralEventsDocument } from '../../gql/graphql';

/**
 * Calls `onEvent` with the referral's id whenever something happens to a referral of the user's agency, and
 * with null after the live connection was lost and came back (what happened meanwhile is unknown). Events say
 * only that something changed: screens refetch what they show, through the same permission checks.
 */
export function useReferralEvents(onEvent: (referralId: string | null) => void, { skip = false } = {}) {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useSubscription(ReferralEventsDocument, {
    skip,
    onData: ({ data }) => {
      const event = data.data?.referralEvents;
      if (event) latest.current(event.referralId);
    },
  });
  useEffect(() => onLiveReconnected(() => latest.current(null)), []);
}
