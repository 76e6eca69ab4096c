import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import type { MeetingDetailFragment } from '../../gql/graphql';
import { INTL_LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound, localName } from '../referral-inbox/referral-common';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { MeetingDetailDocument } from '../coordination-common/coordination.operations';
import {
  definitionList,
  exportPaths,
  formatMeetingSpan,
  ID_PATTERN,
  mechanismPath,
} from '../coordination-common/meeting-terms';
import { MinutesStatusChip } from '../coordination-common/minutes-status-chip';
import { AgendaSection } from './agenda-section';
import { AttendanceSection } from './attendance-section';
import { FollowUpSection } from './follow-up-section';
import { MinutesActions } from './minutes-actions';
import { MinutesSection } from './minutes-section';
import { RevisionsSection } from './revisions-section';
import { MinutesPdfLinks } from '../coordination-work/minutes-pdf-links';
import { useCoordinationEvents } from '../coordination-common/use-coordination-events';

export type MeetingView = MeetingDetailFragment;

/** One meeting: when and where, agenda, attendance, minutes per item with comments, and revision history. */
export function MeetingScreen() {
  const { id = '' } = useParams();
  // A malformed address is a link cut short: the same page as a meeting the caller may not read.
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <Meeting id={id} />;
}

function Meeting({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeetingDetailDocument, {
    variables: { id },
    context: { handlesErrors: true },
  });
  // A comment, a step or an edit by someone else appears without reloading the page.
  useCoordinationEvents((change) => {
    if (!change || change.meetingId === id) void refetch();
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
  return <MeetingPage meeting={data.meeting} onChanged={() => void refetch()} />;
}

function MeetingPage({ meeting, onChanged }: { meeting: MeetingView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const place = [meeting.crossingPoint?.name, meeting.placeText].filter(Boolean).join(' · ');
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Box>
        <Button component={Link} to={mechanismPath(meeting.mechanism.id)} startIcon={<ArrowBackIcon />} size="small">
          {localName(meeting.mechanism.names, language)}
        </Button>
      </Box>
      <Box component="header">
        <Typography variant="h1" sx={{ mb: 1 }}>
          {meeting.title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <MinutesStatusChip status={meeting.minutesStatus} revision={meeting.minutesRevision} />
          <Typography variant="body2" color="text.secondary">
            {t(`coordination.kind.${meeting.kind}`)}
          </Typography>
        </Stack>
        <Box component="dl" sx={{ ...definitionList, mt: 2 }}>
          <dt>{t('coordination.meeting.when')}</dt>
          <dd>
            {formatMeetingSpan(meeting.startsAt, meeting.endsAt, meeting.timeZone, INTL_LOCALES[language])}{' '}
            <a href={exportPaths.invitation(meeting.id)} download>
              {t('coordination.exports.invitation')}
            </a>
          </dd>
          <dt>{t('coordination.meeting.where')}</dt>
          <dd>{place || '—'}</dd>
          {meeting.videoLink && (
            <>
              <dt>{t('coordination.meeting.videoLink')}</dt>
              <dd>
                <a href={meeting.videoLink} target="_blank" rel="noopener noreferrer">
                  {meeting.videoLink}
                </a>
              </dd>
            </>
          )}
          <dt>{t('coordination.meeting.languages')}</dt>
          <dd>{meeting.languages.map((code) => t(`coordination.language.${code}`)).join(', ')}</dd>
          <dt>{t('coordination.meeting.invited')}</dt>
          <dd>{meeting.invitedAgencies.map((agency) => agency.acronym).join(', ') || '—'}</dd>
          {meeting.commentDeadline && meeting.minutesStatus === 'CIRCULATED' && (
            <>
              <dt>{t('coordination.meeting.commentDeadline')}</dt>
              <dd>{formatDateTime(meeting.commentDeadline, language, timeZone)}</dd>
            </>
          )}
          {meeting.approvedAt && (
            <>
              <dt>{t('coordination.meeting.approvedAt')}</dt>
              <dd>{formatDateTime(meeting.approvedAt, language, timeZone)}</dd>
            </>
          )}
        </Box>
      </Box>
      <MinutesPdfLinks meeting={meeting} />
      <MinutesActions meeting={meeting} onChanged={onChanged} />
      <AgendaSection meeting={meeting} />
      <AttendanceSection meeting={meeting} />
      <MinutesSection meeting={meeting} onChanged={onChanged} />
      <FollowUpSection meeting={meeting} />
      <RevisionsSection meeting={meeting} />
      {!meeting.canReadMinutes && (
        <Section title={t('coordination.minutes.title')}>
          <Typography color="text.secondary">{t(`coordination.minutes.notYet.${meeting.minutesStatus}`)}</Typography>
        </Section>
      )}
    </Stack>
  );
}
