import ForwardIcon from '@mui/icons-material/ForwardToInboxOutlined';
import InboxIcon from '@mui/icons-material/MoveToInboxOutlined';
import MeetingIcon from '@mui/icons-material/EventOutlined';
import MessageIcon from '@mui/icons-material/ChatBubbleOutlined';
import OverdueIcon from '@mui/icons-material/AlarmOutlined';
import ConsentIcon from '@mui/icons-material/GppMaybeOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDateTime } from '../../dates/format-date-time';
import type { NotificationKind, NotificationSubject } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
} from './notifications.generated';

const context: EnlaceOperationContext = { handlesErrors: true };

/** The server keeps at most this many per page; older ones are read and purged after their term. */
const PAGE = 50;

const ICONS: Record<NotificationKind, SvgIconComponent> = {
  REFERRAL_RECEIVED: InboxIcon,
  REFERRAL_MESSAGE: MessageIcon,
  REFERRAL_OVERDUE: OverdueIcon,
  REFERRAL_ESCALATION: OverdueIcon,
  FORWARD_REQUESTED: ForwardIcon,
  MEETING_SCHEDULED: MeetingIcon,
  CONSENT_WITHDRAWN: ConsentIcon,
};

/** Where a notification leads: the record's own page, which checks again who may see it. */
function linkOf(subjectType: NotificationSubject, subjectId: string) {
  switch (subjectType) {
    case 'REFERRAL':
      return `/referrals/${subjectId}`;
    case 'MEETING':
      return `/coordination/meetings/${subjectId}`;
    // The survivor is out of the agency's reach once consent is withdrawn: its referrals list says what changed.
    case 'SURVIVOR':
      return '/protection/service-referrals';
  }
}

/** `/notifications`: the notification centre. Opening one marks it read; the bell counts the rest, live. */
export function NotificationsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { data, loading, error, refetch } = useQuery(MyNotificationsDocument, {
    variables: { first: PAGE },
    context,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkNotificationReadDocument, { context });
  const [markAllRead, markingAll] = useMutation(MarkAllNotificationsReadDocument, {
    context,
    refetchQueries: ['MyNotifications', 'UnreadNotificationCount'],
  });
  const notifications = data?.myNotifications ?? [];
  const unread = notifications.filter((notification) => !notification.readAt).length;

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ flexGrow: 1 }}>
          {t('nav.notifications')}
        </Typography>
        <Button
          variant="outlined"
          disabled={unread === 0 || markingAll.loading}
          onClick={() => void markAllRead().catch(() => undefined)}
        >
          {t('home.notifications.markAllRead')}
        </Button>
      </Stack>
      {loading && !data && <LinearProgress aria-label={t('home.notifications.loading')} />}
      {error && !loading && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {t('home.notifications.retry')}
            </Button>
          }
        >
          {t('home.notifications.error')}
        </Alert>
      )}
      {data && notifications.length === 0 && (
        <Typography color="text.secondary">{t('home.notifications.empty')}</Typography>
      )}
      {notifications.length > 0 && (
        <Paper variant="outlined">
          <List disablePadding aria-label={t('nav.notifications')}>
            {notifications.map((notification) => {
              const Icon = ICONS[notification.kind];
              const isUnread = !notification.readAt;
              return (
                <ListItem key={notification.id} disablePadding divider>
                  <ListItemButton
                    component={RouterLink}
                    to={linkOf(notification.subjectType, notification.subjectId)}
                    data-unread={isUnread ? 'true' : 'false'}
                    onClick={() => {
                      if (isUnread) void markRead({ variables: { id: notification.id } }).catch(() => undefined);
                    }}
                    sx={isUnread ? { bgcolor: 'action.hover' } : undefined}
                  >
                    <ListItemIcon>
                      <Icon color={isUnread ? 'primary' : 'action'} />
                    </ListItemIcon>
                    <ListItemText
                      primary={
                        <>
                          {isUnread && (
                            <Box component="span" sx={visuallyHidden}>{`${t('home.notifications.unread')}: `}</Box>
                          )}
                          {t(`home.notifications.kind.${notification.kind}`, {
                            reference: notification.reference ?? '—',
                          })}
                        </>
                      }
                      secondary={formatDateTime(notification.createdAt as string, language, timeZone)}
                      slotProps={{ primary: { sx: { fontWeight: isUnread ? 700 : 400 } } }}
                    />
                    {isUnread && (
                      <Box
                        aria-hidden
                        sx={{
                          width: 10,
                          height: 10,
                          borderRadius: '50%',
                          bgcolor: 'primary.main',
                          flexShrink: 0,
                          ml: 1,
                        }}
                      />
                    )}
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
