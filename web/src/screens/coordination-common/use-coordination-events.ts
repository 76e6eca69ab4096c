import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { onLiveReconnected } from '../../api/live-transport';
import { CoordinationEventsDocument } from './coordination-live.generated';

/** What changed: ids only. Null when what happened meanwhile is unknown (reconnected, or the server resynced). */
export interface CoordinationChange {
  mechanismId: string;
  meetingId: string | null;
  actionItemId: string | null;
}

const RESYNC_EVENT_TYPE = 'resync';

/**
 * Calls `onChange` whenever something changes in the work of the user's mechanisms (a meeting, a comment, an
 * action's progress), and with null after the live connection came back or the server missed events. Screens
 * decide whether the change concerns what they show and refetch it through the normal permission checks.
 */
export function useCoordinationEvents(onChange: (change: CoordinationChange | null) => void) {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useSubscription(CoordinationEventsDocument, {
    onData: ({ data }) => {
      const event = data.data?.coordinationEvents;
      if (event) latest.current(event.type === RESYNC_EVENT_TYPE ? null : event);
    },
  });
  useEffect(() => onLiveReconnected(() => latest.current(null)), []);
}
