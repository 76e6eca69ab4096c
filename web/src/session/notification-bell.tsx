import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Badge, IconButton } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { onLiveReconnected } from '../api/live-transport';
import { NotificationEventsDocument, UnreadNotificationCountDocument } from './notification-bell.generated';

/**
 * The bell in the top bar: the user's unread notifications, counted by the server and kept live. Every
 * notification event (one arrived, some were read in another tab) refetches the count and, when the
 * notification centre is open, its list; so does a live connection that was lost and is back.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    const refresh = () =>
      void client.refetchQueries({ include: ['UnreadNotificationCount', 'MyNotifications'] }).catch(() => undefined);
    return onLiveReconnected(refresh);
  }, [client]);
  useSubscription(NotificationEventsDocument, {
    onData: () =>
      void client.refetchQueries({ include: ['UnreadNotificationCount', 'MyNotifications'] }).catch(() => undefined),
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <IconButton
      color="inherit"
      component={RouterLink}
      to="/notifications"
      aria-label={t('app.notificationsBell', { count })}
      data-unread={count}
    >
      <Badge badgeContent={count} max={99} color="error" overlap="circular">
        <NotificationsIcon />
      </Badge>
    </IconButton>
  );
}
