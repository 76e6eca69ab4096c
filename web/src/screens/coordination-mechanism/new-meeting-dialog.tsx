import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MechanismMeetingsQuery } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { CreateMeetingDocument } from '../coordination-common/coordination.operations';
import { MEETING_KINDS, MEETING_LANGUAGES, zonedToInstant } from '../coordination-common/meeting-terms';
import { DateTimeField } from '../../ui/date-time-field';

type MechanismOfPage = NonNullable<MechanismMeetingsQuery['mechanism']>;

/** The secretariat schedules a meeting: what, when (in the time zone it is held in), where, who is invited. */
export function NewMeetingDialog({
  mechanism,
  onClose,
  onCreated,
}: {
  mechanism: MechanismOfPage;
  onClose: () => void;
  onCreated: (meetingId: string) => void;
}) {
  const { t } = useTranslation();
  const { timeZone: myTimeZone } = useSession();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<string>('ORDINARY');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [timeZone, setTimeZone] = useState(myTimeZone);
  const [crossingPointId, setCrossingPointId] = useState(mechanism.crossingPoints[0]?.id ?? '');
  const [placeText, setPlaceText] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [languages, setLanguages] = useState<string[]>(['es']);
  const [invited, setInvited] = useState<string[]>(mechanism.memberAgencies.map((agency) => agency.id));
  const [localProblems, setLocalProblems] = useState<Record<string, string>>({});
  const [create, { loading, error }] = useMutation(CreateMeetingDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  const problem = (field: string) => localProblems[field] ?? apiError?.fields[`input.${field}`];
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  async function submit() {
    const start = zonedToInstant(startsAt, timeZone);
    const end = zonedToInstant(endsAt, timeZone);
    const problems: Record<string, string> = {};
    if (!start) problems.startsAt = t('coordination.form.required');
    if (!end) problems.endsAt = t('coordination.form.required');
    setLocalProblems(problems);
    if (!start || !end) return;
    const result = await create({
      variables: {
        mechanismId: mechanism.id,
        input: {
          title,
          kind: kind as never,
          startsAt: start.toISOString(),
          endsAt: end.toISOString(),
          timeZone,
          crossingPointId: crossingPointId || null,
          placeText: placeText || null,
          videoLink: videoLink || null,
          languages,
          invitedAgencyIds: invited,
        },
      },
    }).catch(() => null);
    if (result?.data) onCreated(result.data.createMeeting.id);
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="new-meeting-title">
      <DialogTitle id="new-meeting-title">{t('coordination.mechanism.newMeeting')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {apiError && Object.keys(apiError.fields).length === 0 && <Alert severity="error">{apiError.message}</Alert>}
          <TextField
            label={t('coordination.meeting.title')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            required
            slotProps={{ htmlInput: { maxLength: 200 } }}
            error={!!problem('title')}
            helperText={problem('title')}
          />
          <TextField
            select
            label={t('coordination.meeting.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          >
            {MEETING_KINDS.map((value) => (
              <MenuItem key={value} value={value}>
                {t(`coordination.kind.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <DateTimeField
            label={t('coordination.meeting.startsAt')}
            value={startsAt}
            onChange={(local) => setStartsAt(local)}
            required
            error={!!problem('startsAt')}
            helperText={problem('startsAt')}
          />
          <DateTimeField
            label={t('coordination.meeting.endsAt')}
            value={endsAt}
            onChange={(local) => setEndsAt(local)}
            required
            error={!!problem('endsAt')}
            helperText={problem('endsAt')}
          />
          <TextField
            label={t('coordination.meeting.timeZone')}
            value={timeZone}
            onChange={(event) => setTimeZone(event.target.value)}
            error={!!problem('timeZone')}
            helperText={problem('timeZone') ?? t('coordination.form.timeZoneHelp')}
          />
          <TextField
            select
            label={t('coordination.meeting.crossingPoint')}
            value={crossingPointId}
            onChange={(event) => setCrossingPointId(event.target.value)}
            error={!!problem('crossingPointId')}
            helperText={problem('crossingPointId')}
          >
            <MenuItem value="">{t('coordination.form.noCrossingPoint')}</MenuItem>
            {mechanism.crossingPoints.map((point) => (
              <MenuItem key={point.id} value={point.id}>
                {point.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('coordination.meeting.placeText')}
            value={placeText}
            onChange={(event) => setPlaceText(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 200 } }}
            error={!!problem('placeText')}
            helperText={problem('placeText')}
          />
          <TextField
            label={t('coordination.meeting.videoLink')}
            value={videoLink}
            onChange={(event) => setVideoLink(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
            error={!!problem('videoLink')}
            helperText={problem('videoLink') ?? 'https://…'}
          />
          <FormControl component="fieldset" error={!!problem('languages')}>
            <FormLabel component="legend">{t('coordination.meeting.languages')}</FormLabel>
            <FormGroup row>
              {MEETING_LANGUAGES.map((language) => (
                <FormControlLabel
                  key={language}
                  control={
                    <Checkbox
                      checked={languages.includes(language)}
                      onChange={() => setLanguages(toggle(languages, language))}
                    />
                  }
                  label={t(`coordination.language.${language}`)}
                />
              ))}
            </FormGroup>
          </FormControl>
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('coordination.meeting.invited')}</FormLabel>
            <FormGroup>
              {mechanism.memberAgencies.map((agency) => (
                <FormControlLabel
                  key={agency.id}
                  control={
                    <Checkbox
                      checked={invited.includes(agency.id)}
                      onChange={() => setInvited(toggle(invited, agency.id))}
                    />
                  }
                  label={`${agency.acronym} · ${agency.name}`}
                />
              ))}
            </FormGroup>
          </FormControl>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('coordination.form.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={loading}>
          {t('coordination.form.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
