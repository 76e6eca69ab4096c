import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Grid,
  Tab as MuiTab,
  Tabs,
  Stack,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ReferralDetailFieldsFragment } from '../../gql/graphql';
import { ReferralDetailDocument } from './referral-detail.generated';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound, StatusChip, translateReferralError, UrgencyChip } from '../referral-inbox/referral-common';
import { useReferralEvents } from '../referral-inbox/use-referral-events';
import { context } from './detail-parts';
import { ReferralCase } from './referral-case';
import { ReferralDeadlines, ReferralTimeline } from './referral-timeline';
import { DetailSkeleton } from '../../ui/skeletons';
import { ReferralActions } from './referral-actions';
import { ReferralAssignment } from './referral-assignment';
import { Conversation } from './referral-conversation';
import { ReferralForwards } from './referral-forwards';
import { OnDutyContacts } from './on-duty-contacts';

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One referral: header, parties, the case, persons involved, history, the steps open now, and the conversation. */
export function ReferralDetailScreen() {
  const { id = '' } = useParams();
  // A malformed address is a link cut short: the same page as a referral the caller may not read.
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <ReferralDetail id={id} />;
}

function ReferralDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReferralDetailDocument, { variables: { id }, context });
  // Whatever the other agency does to this referral shows up without a reload.
  useReferralEvents((referralId) => {
    if (referralId === null || referralId === id) void refetch();
  });
  if (isNotFound(error)) return <NotFoundScreen />;
  if (loading && !data) return <DetailSkeleton label={t('referrals.detail.loading')} />;
  if (!data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t('referrals.retry')}
          </Button>
        }
      >
        {translateReferralError(error, t)}
      </Alert>
    );
  }
  return <ReferralView referral={data.referral} />;
}

type Tab = 'case' | 'actions' | 'conversation';

/**
 * The referral: on a wide screen the case on the left (narrative, persons, parties, conversation) and what to do
 * about it on the right (steps open now, assignment, deadlines, forwards, timeline); on a phone the same parts as
 * three tabs, so the officer at the border post reaches the actions without scrolling past the whole case.
 */
function ReferralView({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const [tab, setTab] = useState<Tab>('case');
  // Back to the list the referral came from: outbox, inbox, or (for a forward recipient) forwarded to us.
  const backTo =
    user?.agency.id === referral.sendingAgency.id
      ? '/referrals/outbox'
      : user?.agency.id === referral.receivingAgency.id
        ? '/referrals/inbox'
        : '/referrals/forwarded';
  const sent = referral.status !== 'DRAFT';

  const caseColumn = <ReferralCase referral={referral} />;
  // Whom to call now on an immediate referral: on a phone above the tabs, never behind one.
  const onDuty =
    referral.urgency === 'IMMEDIATE' && user?.agency.id !== referral.receivingAgency.id ? (
      <OnDutyContacts mechanismId={referral.mechanism.id} agency={referral.receivingAgency} />
    ) : null;
  const conversation = sent ? <Conversation referral={referral} /> : null;
  const actionsColumn = (
    <>
      <ReferralActions referral={referral} />
      {sent && <ReferralAssignment referral={referral} />}
      {!narrow && onDuty}
      <ReferralDeadlines referral={referral} />
      {sent && <ReferralForwards referral={referral} />}
      <ReferralTimeline referral={referral} />
    </>
  );

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1280 }}>
      <Box>
        <Button component={Link} to={backTo} startIcon={<ArrowBackIcon />} size="small">
          {t('referrals.detail.back')}
        </Button>
      </Box>
      <Box component="header">
        <Typography color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {referral.reference ?? t('referrals.detail.unsentReference')}
        </Typography>
        <Typography variant="h1" sx={{ mb: 1, overflowWrap: 'anywhere' }}>
          {referral.title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <StatusChip status={referral.status} />
          <UrgencyChip urgency={referral.urgency} />
          {referral.overdue && (
            <Chip size="small" color="error" icon={<WarningIcon />} label={t('referrals.overdue')} />
          )}
          <Typography variant="body2" color="text.secondary">
            {t(`referrals.category.${referral.category}`)}
          </Typography>
        </Stack>
      </Box>

      {narrow ? (
        <>
          {onDuty}
          <Tabs
            value={tab}
            onChange={(_event, value: Tab) => setTab(value)}
            variant="fullWidth"
            aria-label={t('referrals.detail.sectionsLabel')}
          >
            <MuiTab value="case" label={t('referrals.detail.tabCase')} id="tab-case" aria-controls="referral-panel" />
            <MuiTab
              value="actions"
              label={t('referrals.detail.tabActions')}
              id="tab-actions"
              aria-controls="referral-panel"
            />
            {sent && (
              <MuiTab
                value="conversation"
                label={t('referrals.detail.tabConversation')}
                id="tab-conversation"
                aria-controls="referral-panel"
              />
            )}
          </Tabs>
          <Stack spacing={2.5} role="tabpanel" id="referral-panel" aria-labelledby={`tab-${tab}`}>
            {tab === 'case' && caseColumn}
            {tab === 'actions' && actionsColumn}
            {tab === 'conversation' && conversation}
          </Stack>
        </>
      ) : (
        <Grid container spacing={2.5} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ md: 7, lg: 8 }}>
            <Stack spacing={2.5}>
              {caseColumn}
              {conversation}
            </Stack>
          </Grid>
          <Grid size={{ md: 5, lg: 4 }} component="aside" aria-label={t('referrals.detail.actions')}>
            <Stack spacing={2.5}>{actionsColumn}</Stack>
          </Grid>
        </Grid>
      )}
    </Stack>
  );
}
