import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DashboardSkeleton } from '../../ui/skeletons';
import { Link } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDateTime } from '../../dates/format-date-time';
import { type MemberHomeQuery, type ReferralStatus } from '../../gql/graphql';
import { MemberHomeDocument } from './member-home.generated';
import { useLanguage } from '../../i18n/use-language';
import type { EnlaceAbility } from '../../session/ability';
import { useSession } from '../../session/session';
import { translateReferralError, UrgencyChip } from '../referral-inbox/referral-common';
import { useReferralEvents } from '../referral-inbox/use-referral-events';
import { ActionsOwed } from './actions-owed';
import { AdministrationWork } from './administration-work';
import { MechanismsYouRun } from './mechanisms-you-run';
import { OwnerAccess } from './owner-access';
import { ProtectionWork } from './protection-work';
import { YourWork } from './your-work';

const context: EnlaceOperationContext = { handlesErrors: true };

const countIn = (box: MemberHomeQuery['inbox'], status: ReferralStatus) =>
  box.statusCounts.find((entry) => entry.status === status)?.count ?? 0;

/**
 * Home for a signed-in member. For those who work on referrals: the agency's inbox and outbox at a glance, what
 * is overdue, and what waits for their answer, each a link to the list filtered the same way, kept current by the
 * live events. Others (secretariats, administrators, auditors) read no referral: they are shown no referral
 * figure at all (a "0 received" would be false for the agency) but the work their own rules offer them.
 */
export function MemberHome({ agency }: { agency: string }) {
  const { t } = useTranslation();
  const ability = useAbility<EnlaceAbility>();
  const readsReferrals = ability.can('read', 'Referral');
  const readsSurvivors = ability.can('read', 'Survivor') || ability.can('read', 'ServiceReferral');
  const { data, loading, error, refetch } = useQuery(MemberHomeDocument, {
    context,
    fetchPolicy: 'cache-and-network',
    skip: !readsReferrals,
  });
  useReferralEvents(() => void refetch(), { skip: !readsReferrals });

  return (
    <Stack spacing={3} sx={{ maxWidth: 1000 }}>
      <Typography variant="h1">{t('referrals.home.title', { agency })}</Typography>
      {/* Protection and coordination work first for those who do it: a case worker's referrals are the border's. */}
      {readsSurvivors && <ProtectionWork />}
      <MechanismsYouRun />
      <AdministrationWork />
      <OwnerAccess />
      {loading && !data && <DashboardSkeleton label={t('referrals.home.loading')} />}
      {error && !data && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {t('referrals.retry')}
            </Button>
          }
        >
          {t('referrals.home.error')} {translateReferralError(error, t)}
        </Alert>
      )}
      {data && <Figures data={data} />}
      {data && <Waiting data={data} quietWhenEmpty={readsSurvivors} />}
      {data && data.overdueInbox.edges.length > 0 && <OverdueList data={data} />}
      <ActionsOwed />
      {!readsReferrals && <YourWork />}
    </Stack>
  );
}

function Figures({ data }: { data: MemberHomeQuery }) {
  const { t } = useTranslation();
  const figures = [
    { label: t('referrals.home.inbox'), value: data.inbox.totalCount, to: '/referrals/inbox' },
    { label: t('referrals.home.outbox'), value: data.outbox.totalCount, to: '/referrals/outbox' },
    {
      label: t('referrals.home.overdue'),
      value: data.overdueInbox.totalCount + data.overdueOutbox.totalCount,
      to: data.overdueInbox.totalCount > 0 ? '/referrals/inbox?overdue=true' : '/referrals/outbox?overdue=true',
      alert: data.overdueInbox.totalCount + data.overdueOutbox.totalCount > 0,
    },
    { label: t('referrals.home.forwarded'), value: data.forwardedReferrals.length, to: '/referrals/forwarded' },
  ];
  return (
    <Grid container spacing={2} component="section" aria-label={t('nav.home')}>
      {figures.map((figure) => (
        <Grid key={figure.to} size={{ xs: 6, md: 3 }}>
          <Card
            variant="outlined"
            sx={figure.alert ? (theme) => ({ borderColor: theme.palette.error.main }) : undefined}
          >
            <CardActionArea component={Link} to={figure.to}>
              <CardContent>
                <Typography
                  component="p"
                  variant="h3"
                  color={figure.alert ? 'error' : undefined}
                  sx={{ fontSize: '2rem', fontWeight: 700 }}
                >
                  {figure.value}
                </Typography>
                <Typography color="text.secondary">{figure.label}</Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}

/** `quietWhenEmpty`: shown only when a referral waits (for a protection member, whose work is above). */
function Waiting({ data, quietWhenEmpty }: { data: MemberHomeQuery; quietWhenEmpty: boolean }) {
  const { t } = useTranslation();
  const ability = useAbility<EnlaceAbility>();
  // Only the steps this user may take wait for them: a case worker reads referrals but acknowledges none.
  const items = [
    {
      count: countIn(data.inbox, 'SENT'),
      text: 'referrals.home.toAcknowledge',
      to: '/referrals/inbox?status=SENT',
      step: 'acknowledge',
    },
    {
      count: countIn(data.inbox, 'ACKNOWLEDGED'),
      text: 'referrals.home.toDecide',
      to: '/referrals/inbox?status=ACKNOWLEDGED',
      step: 'accept',
    },
    {
      count: data.overdueInbox.totalCount,
      text: 'referrals.home.overdueInbox',
      to: '/referrals/inbox?overdue=true',
      step: 'read',
    },
    {
      count: countIn(data.outbox, 'DRAFT'),
      text: 'referrals.home.drafts',
      to: '/referrals/outbox?status=DRAFT',
      step: 'send',
    },
  ]
    .filter((item) => item.count > 0 && ability.can(item.step, 'Referral'))
    .map((item) => ({ key: item.to, to: item.to, primary: t(item.text, { count: item.count }) }));
  // H3 requests from the receiving agency to pass one of our referrals on: decided on the referral's page.
  const forwardRequests = data.forwardRequestsToDecide.map((request) => ({
    key: request.id,
    to: `/referrals/${request.referralId}`,
    primary: t('referrals.home.forwardRequest', { reference: request.referral?.reference ?? '' }),
    secondary: request.referral?.title,
  }));
  const waiting: { key: string; to: string; primary: string; secondary?: string }[] = [...items, ...forwardRequests];
  if (quietWhenEmpty && waiting.length === 0) return null;
  return (
    <Card variant="outlined" component="section">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('referrals.home.needsAction')}
        </Typography>
        {waiting.length === 0 ? (
          <Typography color="text.secondary">{t('referrals.home.nothing')}</Typography>
        ) : (
          <List dense disablePadding>
            {waiting.map((item) => (
              <ListItem key={item.key} disablePadding>
                <ListItemButton component={Link} to={item.to}>
                  <ListItemText primary={item.primary} secondary={item.secondary} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

function OverdueList({ data }: { data: MemberHomeQuery }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return (
    <Card variant="outlined" component="section">
      <CardContent>
        <Typography variant="h2" gutterBottom sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <WarningIcon color="error" aria-hidden />
          {t('referrals.home.overdue')}
        </Typography>
        <List dense disablePadding>
          {data.overdueInbox.edges.map(({ node }) => (
            <ListItem key={node.id} disablePadding>
              <ListItemButton component={Link} to={`/referrals/${node.id}`}>
                <ListItemText
                  primary={node.title}
                  secondary={`${node.reference ?? ''} · ${node.dueAt ? formatDateTime(node.dueAt, language, timeZone) : ''}`}
                />
                <Box sx={{ ml: 2 }}>
                  <UrgencyChip urgency={node.urgency} />
                </Box>
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
