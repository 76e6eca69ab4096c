import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import {
  ApproveMinutesDocument,
  CirculateMinutesDocument,
  CorrectMinutesDocument,
  RecallMinutesDocument,
} from '../coordination-common/coordination.operations';
import { zonedToInstant } from '../coordination-common/meeting-terms';
import type { MeetingView } from './meeting-screen';
import { DateTimeField } from '../../ui/date-time-field';

type Step = 'circulate' | 'recall' | 'approve' | 'correct';
const STEPS: Step[] = ['circulate', 'recall', 'approve', 'correct'];

/** The steps of the minutes the caller may take now (the server says which), each confirmed in a dialog. */
export function MinutesActions({ meeting, onChanged }: { meeting: MeetingView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Step | null>(null);
  const steps = STEPS.filter((step) => meeting.availableActions.includes(step));
  if (steps.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {steps.map((step) => (
        <Button key={step} variant={step === 'recall' ? 'outlined' : 'contained'} onClick={() => setOpen(step)}>
          {t(`coordination.step.${step}`)}
        </Button>
      ))}
      {open && (
        <StepDialog
          step={open}
          meeting={meeting}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}

function StepDialog({
  step,
  meeting,
  onClose,
  onDone,
}: {
  step: Step;
  meeting: MeetingView;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useSession();
  const [deadline, setDeadline] = useState('');
  const [reason, setReason] = useState('');
  const [texts, setTexts] = useState(() => new Map(meeting.agenda.map((item) => [item.id, item.minutes ?? ''])));
  const context = { handlesErrors: true };
  const [circulate, circulating] = useMutation(CirculateMinutesDocument, { context });
  const [recall, recalling] = useMutation(RecallMinutesDocument, { context });
  const [approve, approving] = useMutation(ApproveMinutesDocument, { context });
  const [correct, correcting] = useMutation(CorrectMinutesDocument, { context });
  const state = { circulate: circulating, recall: recalling, approve: approving, correct: correcting }[step];
  const [localError, setLocalError] = useState<string | null>(null);
  const apiError = state.error ? translateCoordinationError(state.error, t) : null;

  async function submit() {
    const meetingId = meeting.id;
    let result: { data?: unknown } | null = null;
    if (step === 'circulate') {
      const at = zonedToInstant(deadline, timeZone);
      if (!at) return setLocalError(t('coordination.form.required'));
      result = await circulate({ variables: { meetingId, commentDeadline: at.toISOString() } }).catch(() => null);
    } else if (step === 'recall') {
      result = await recall({ variables: { meetingId } }).catch(() => null);
    } else if (step === 'approve') {
      result = await approve({ variables: { meetingId } }).catch(() => null);
    } else {
      const corrections = meeting.agenda
        .filter((item) => (texts.get(item.id) ?? '') !== (item.minutes ?? ''))
        .map((item) => ({ agendaItemId: item.id, minutes: texts.get(item.id) ?? '' }));
      result = await correct({ variables: { meetingId, reason, corrections } }).catch(() => null);
    }
    if (result?.data) onDone();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={step === 'correct' ? 'md' : 'sm'} aria-labelledby="step-title">
      <DialogTitle id="step-title">{t(`coordination.step.${step}`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t(`coordination.stepHelp.${step}`)}</DialogContentText>
          {step === 'circulate' && (
            <DateTimeField
              label={t('coordination.meeting.commentDeadline')}
              value={deadline}
              onChange={(local) => setDeadline(local)}
              error={!!(localError ?? apiError?.fields.commentDeadline)}
              helperText={localError ?? apiError?.fields.commentDeadline ?? timeZone}
            />
          )}
          {step === 'correct' && (
            <>
              <TextField
                label={t('coordination.correct.reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required
                slotProps={{ htmlInput: { maxLength: 500 } }}
                error={!!apiError?.fields.reason}
                helperText={apiError?.fields.reason}
              />
              {meeting.agenda.map((item) => (
                <TextField
                  key={item.id}
                  label={t('coordination.minutes.textLabel', { title: item.title })}
                  value={texts.get(item.id) ?? ''}
                  onChange={(event) => setTexts(new Map(texts).set(item.id, event.target.value))}
                  multiline
                  minRows={3}
                  slotProps={{ htmlInput: { maxLength: 20000 } }}
                />
              ))}
              {apiError?.fields.corrections && (
                <Alert severity="error">{t('coordination.correct.nothingChanged')}</Alert>
              )}
            </>
          )}
          {apiError && Object.keys(apiError.fields).length === 0 && <Alert severity="error">{apiError.message}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('coordination.form.cancel')}</Button>
        <Button variant="contained" disabled={state.loading} onClick={() => void submit()}>
          {t(`coordination.step.${step}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
