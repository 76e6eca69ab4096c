import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { Section } from '../../forms/section';
import type { MeetingSummaryFragment } from '../../gql/graphql';
import { INTL_LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound, localName } from '../referral-inbox/referral-common';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { MechanismMeetingsDocument } from '../coordination-common/coordination.operations';
import {
  boardPath,
  formatMeetingSpan,
  ID_PATTERN,
  mechanismPath,
  meetingPath,
} from '../coordination-common/meeting-terms';
import { MinutesStatusChip } from '../coordination-common/minutes-status-chip';
import { NewMeetingDialog } from './new-meeting-dialog';
import { MechanismAssessments } from '../coordination-work/mechanism-assessments';

/** A mechanism's page: its members, crossing points, and its upcoming and past meetings. */
export function MechanismMeetingsScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <MechanismMeetings id={id} />;
}

function MechanismMeetings({ id }: { id: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { user } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, loading, error } = useQuery(MechanismMeetingsDocument, {
    variables: { mechanismId: id },
    context: { handlesErrors: true },
  });
  if (isNotFound(error) || (data && !data.mechanism)) return <NotFoundScreen />;
  if (loading && !data) return <LinearProgress aria-label={t('coordination.loading')} />;
  if (!data?.mechanism) return <Alert severity="error">{translateCoordinationError(error, t).message}</Alert>;
  const mechanism = data.mechanism;
  const isSecretariat = !!user?.roles.includes('SECRETARIAT') && user.agency.id === mechanism.secretariatAgency.id;

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Box>
        <Button component={RouterLink} to="/coordination" startIcon={<ArrowBackIcon />} size="small">
          {t('coordination.mechanism.back')}
        </Button>
      </Box>
      <Box component="header">
        <Typography variant="h1">{localName(mechanism.names, language)}</Typography>
        <Typography color="text.secondary">
          {t('coordination.home.secretariat', { agency: mechanism.secretariatAgency.acronym })}
        </Typography>
      </Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {isSecretariat && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {t('coordination.mechanism.newMeeting')}
          </Button>
        )}
        <Button variant="outlined" component={RouterLink} to={boardPath(mechanism.id)}>
          {t('coordination.board.link')}
        </Button>
        <Button component={RouterLink} to={`${mechanismPath(id)}/library`} variant="outlined">
          {t('coordinationWork.library.open')}
        </Button>
        <Button component={RouterLink} to={`${mechanismPath(id)}/roster`} variant="outlined">
          {t('coordinationWork.roster.open')}
        </Button>
      </Stack>
      <Section title={t('coordination.mechanism.upcoming')}>
        <MeetingTable meetings={data.upcoming} emptyText={t('coordination.mechanism.noUpcoming')} />
      </Section>
      <Section title={t('coordination.mechanism.past')}>
        <MeetingTable meetings={data.past} emptyText={t('coordination.mechanism.noPast')} />
      </Section>
      <MechanismAssessments mechanism={mechanism} isSecretariat={isSecretariat} />
      <Section title={t('coordination.mechanism.members')}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {mechanism.memberAgencies.map((agency) => (
            <Chip key={agency.id} label={`${agency.acronym} · ${agency.name}`} variant="outlined" />
          ))}
        </Stack>
      </Section>
      {creating && (
        <NewMeetingDialog
          mechanism={mechanism}
          onClose={() => setCreating(false)}
          onCreated={(meetingId) => void navigate(meetingPath(meetingId))}
        />
      )}
    </Stack>
  );
}

function MeetingTable({ meetings, emptyText }: { meetings: MeetingSummaryFragment[]; emptyText: string }) {
  const { t } = useTranslation();
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const [language] = useLanguage();
  if (meetings.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  return (
    // On a phone the place and the minutes go under the title: two columns fit 390 px without sideways scrolling.
    <TableContainer component={Paper} variant="outlined">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('coordination.meeting.title')}</TableCell>
            <TableCell>{t('coordination.meeting.when')}</TableCell>
            {!phone && <TableCell>{t('coordination.meeting.where')}</TableCell>}
            {!phone && <TableCell>{t('coordination.meeting.minutes')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {meetings.map((meeting) => {
            const place =
              meeting.crossingPoint?.name ??
              meeting.placeText ??
              (meeting.videoLink ? t('coordination.meeting.byVideo') : '—');
            const minutes = <MinutesStatusChip status={meeting.minutesStatus} revision={meeting.minutesRevision} />;
            return (
              <TableRow key={meeting.id}>
                <TableCell>
                  <Link component={RouterLink} to={meetingPath(meeting.id)}>
                    {meeting.title}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    {t(`coordination.kind.${meeting.kind}`)}
                  </Typography>
                  {phone && (
                    <Box sx={{ mt: 0.5 }}>
                      <Typography variant="body2" color="text.secondary">
                        {place}
                      </Typography>
                      {minutes}
                    </Box>
                  )}
                </TableCell>
                <TableCell>
                  {formatMeetingSpan(meeting.startsAt, meeting.endsAt, meeting.timeZone, INTL_LOCALES[language])}
                </TableCell>
                {!phone && <TableCell>{place}</TableCell>}
                {!phone && <TableCell>{minutes}</TableCell>}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
