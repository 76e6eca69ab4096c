import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import type { ActionItemFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound } from '../referral-inbox/referral-common';
import { ReportForm, Updates } from '../coordination-common/action-list';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { ActionItemDetailDocument } from '../coordination-common/coordination.operations';
import { definitionList, ID_PATTERN, meetingPath } from '../coordination-common/meeting-terms';
import { useCoordinationEvents } from '../coordination-common/use-coordination-events';

/** One action item: what, who owes it, by when, its history of progress, and the owner's report form. */
export function ActionItemScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <ActionItemLoader id={id} />;
}

function ActionItemLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ActionItemDetailDocument, {
    variables: { id },
    context: { handlesErrors: true },
  });
  // Progress or evidence reported by the owner agency appears for everyone who has the action open.
  useCoordinationEvents((change) => {
    if (!change || change.actionItemId === id) void refetch();
  });
  if (isNotFound(error)) return <NotFoundScreen />;
  if (loading && !data) return <LinearProgress aria-label={t('coordination.loading')} />;
  if (!data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t('coordination.retry')}
          </Button>
        }
      >
        {translateCoordinationError(error, t).message}
      </Alert>
    );
  }
  return <ActionItemPage action={data.actionItem} />;
}

function ActionItemPage({ action }: { action: ActionItemFieldsFragment }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 900 }}>
      <Box>
        {action.meetingId && (
          <Button component={Link} to={meetingPath(action.meetingId)} startIcon={<ArrowBackIcon />} size="small">
            {action.meetingTitle}
          </Button>
        )}
      </Box>
      <Box component="header">
        <Typography variant="h1" sx={{ mb: 1, overflowWrap: 'anywhere' }}>
          {action.title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Chip size="small" variant="outlined" label={t(`coordination.actionStatus.${action.status}`)} />
          {action.overdue && (
            <Chip size="small" label={t('coordination.actions.overdue')} sx={{ bgcolor: '#b71c1c', color: '#fff' }} />
          )}
        </Stack>
        <Box component="dl" sx={{ ...definitionList, mt: 2 }}>
          <dt>{t('coordination.action.owner')}</dt>
          <dd>{action.ownerAgency.acronym}</dd>
          {action.ownerUserName && (
            <>
              <dt>{t('coordination.action.ownerPerson')}</dt>
              <dd>{action.ownerUserName}</dd>
            </>
          )}
          <dt>{t('coordination.action.dueDate')}</dt>
          <dd>
            {String(action.dueDate)} (
            {t('coordination.action.dueAt', { at: formatDateTime(action.dueAt, language, timeZone) })})
          </dd>
          <dt>{t('coordination.action.priority')}</dt>
          <dd>{t(`coordination.priority.${action.priority}`)}</dd>
          {action.decision && (
            <>
              <dt>{t('coordination.action.decision')}</dt>
              <dd>{action.decision.reference}</dd>
            </>
          )}
          {action.meetingId && (
            <>
              <dt>{t('coordination.action.meeting')}</dt>
              <dd>
                <Link to={meetingPath(action.meetingId)}>{action.meetingTitle}</Link>
              </dd>
            </>
          )}
        </Box>
      </Box>
      <Section title={t('coordination.action.history')}>
        {action.updates.length === 0 ? (
          <Typography color="text.secondary">{t('coordination.action.noUpdates')}</Typography>
        ) : (
          <Updates action={action} />
        )}
      </Section>
      {action.canReport && (
        <Section title={t('coordination.action.reportTitle')}>
          <ReportForm action={action} />
        </Section>
      )}
    </Stack>
  );
}
