import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { onLiveReconnected } from '../../api/live-transport';
import { ReferralEventsDocument } from './referral-live.generated';

/**
 * Sent by a server process whose own feed of events (its LISTEN on PostgreSQL) was lost and is back: events may
 * have been missed while the WebSocket stayed open. It names no referral.
 */
export const RESYNC_EVENT_TYPE = 'resync';

/**
 * Calls `onEvent` with the referral's id whenever something happens to a referral of the user's agency, and
 * with null when what happened meanwhile is unknown: after the live connection was lost and came back, or when
 * the server says it missed events (a `resync` event). Events say only that something changed: screens refetch
 * what they show, through the same permission checks.
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
      if (event) latest.current(event.type === RESYNC_EVENT_TYPE ? null : event.referralId);
    },
  });
  useEffect(() => onLiveReconnected(() => latest.current(null)), []);
}
