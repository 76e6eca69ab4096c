import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPriority, MeetingFollowUpQuery } from '../../gql/graphql';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import {
  ActionOwnerCandidatesDocument,
  AddActionItemDocument,
  RecordDecisionDocument,
  SetDecisionStatusDocument,
} from '../coordination-common/coordination.operations';
import type { MeetingView } from './meeting-screen';
import { DateField } from '../../ui/date-field';

type Decisions = MeetingFollowUpQuery['meeting']['decisions'];
const PRIORITIES: ActionPriority[] = ['HIGH', 'MEDIUM', 'LOW'];

/** The secretariat records a decision, naming the agenda item it came from. */
export function DecisionForm({ meeting, onDone }: { meeting: MeetingView; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [record, { loading, error }] = useMutation(RecordDecisionDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await record({
      variables: { meetingId: meeting.id, text, agendaItemId: agendaItemId || null },
    }).catch(() => null);
    if (result?.data) {
      setText('');
      setAgendaItemId('');
      onDone();
    }
  }
  return (
    <Box component="form" onSubmit={(event) => void submit(event)} aria-label={t('coordination.decisions.record')}>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', mt: 2, mb: 1 }}>
        {t('coordination.decisions.record')}
      </Typography>
      <Stack spacing={1.5}>
        <TextField
          label={t('coordination.decisions.text')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          multiline
          minRows={2}
          required
          slotProps={{ htmlInput: { maxLength: 4000 } }}
          error={!!apiError?.fields.text}
          helperText={apiError?.fields.text}
        />
        <TextField
          select
          label={t('coordination.decisions.agendaItem')}
          value={agendaItemId}
          onChange={(event) => setAgendaItemId(event.target.value)}
        >
          <MenuItem value="">{t('coordination.decisions.noItem')}</MenuItem>
          {meeting.agenda.map((item) => (
            <MenuItem key={item.id} value={item.id}>
              {t('coordination.minutes.item', { number: item.position, title: item.title })}
            </MenuItem>
          ))}
        </TextField>
        {apiError && !apiError.fields.text && <Alert severity="error">{apiError.message}</Alert>}
        <Button type="submit" variant="contained" disabled={loading || !text.trim()} sx={{ alignSelf: 'flex-start' }}>
          {t('coordination.decisions.recordButton')}
        </Button>
      </Stack>
    </Box>
  );
}

/** Marks a decision in force as superseded by a later one of the same meeting, or revoked. */
export function DecisionStatusForm({
  decision,
  decisions,
  onDone,
}: {
  decision: Decisions[number];
  decisions: Decisions;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const [setStatus, { loading, error }] = useMutation(SetDecisionStatusDocument, { context: { handlesErrors: true } });
  const later = decisions.filter((other) => other.id !== decision.id && other.status === 'IN_FORCE');
  async function apply() {
    const superseding = choice.startsWith('by:') ? choice.slice(3) : null;
    const result = await setStatus({
      variables: {
        decisionId: decision.id,
        status: superseding ? 'SUPERSEDED' : 'REVOKED',
        supersededById: superseding,
      },
    }).catch(() => null);
    if (result?.data) onDone();
  }
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 0.5 }}>
      <TextField
        select
        size="small"
        label={t('coordination.decisions.change', { reference: decision.reference })}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        sx={{ minWidth: 240 }}
      >
        <MenuItem value="">{t('coordination.decisions.keep')}</MenuItem>
        <MenuItem value="revoke">{t('coordination.decisions.revoke')}</MenuItem>
        {later.map((other) => (
          <MenuItem key={other.id} value={`by:${other.id}`}>
            {t('coordination.decisions.supersededBy', { reference: other.reference })}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" size="small" disabled={loading || !choice} onClick={() => void apply()}>
        {t('coordination.decisions.apply')}
      </Button>
      {error && <Alert severity="error">{translateCoordinationError(error, t).message}</Alert>}
    </Stack>
  );
}

/** The secretariat assigns an action item to a member agency, optionally carrying out a decision. */
export function ActionForm({
  meeting,
  decisions,
  onDone,
}: {
  meeting: MeetingView;
  decisions: Decisions;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const empty = {
    title: '',
    ownerAgencyId: '',
    ownerUserId: '',
    dueDate: '',
    priority: 'MEDIUM' as ActionPriority,
    decisionId: '',
  };
  const [form, setForm] = useState(empty);
  const [assign, { loading, error }] = useMutation(AddActionItemDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  const fieldError = (name: string) => apiError?.fields[`input.${name}`];
  const change = (name: keyof typeof empty) => (event: { target: { value: string } }) =>
    setForm((current) => ({
      ...current,
      [name]: event.target.value,
      // Another agency has other focal points: the person picked for the previous one no longer fits.
      ...(name === 'ownerAgencyId' ? { ownerUserId: '' } : {}),
    }));
  const owners = useQuery(ActionOwnerCandidatesDocument, {
    variables: { mechanismId: meeting.mechanism.id, agencyId: form.ownerAgencyId },
    skip: !form.ownerAgencyId,
    context: { handlesErrors: true },
  });
  const candidates = form.ownerAgencyId ? (owners.data?.actionOwnerCandidates ?? []) : [];
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await assign({
      variables: {
        meetingId: meeting.id,
        input: { ...form, decisionId: form.decisionId || null, ownerUserId: form.ownerUserId || null },
      },
    }).catch(() => null);
    if (result?.data) {
      setForm(empty);
      onDone();
    }
  }
  const ready = form.title.trim() && form.ownerAgencyId && form.dueDate;
  return (
    <Box component="form" onSubmit={(event) => void submit(event)} aria-label={t('coordination.actions.assign')}>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', mt: 2, mb: 1 }}>
        {t('coordination.actions.assign')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextField
          label={t('coordination.actions.what')}
          value={form.title}
          onChange={change('title')}
          required
          slotProps={{ htmlInput: { maxLength: 300 } }}
          error={!!fieldError('title')}
          helperText={fieldError('title')}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        <TextField
          select
          label={t('coordination.actions.owner')}
          value={form.ownerAgencyId}
          onChange={change('ownerAgencyId')}
          required
          error={!!fieldError('ownerAgencyId')}
          helperText={fieldError('ownerAgencyId')}
        >
          {meeting.mechanism.memberAgencies.map((agency) => (
            <MenuItem key={agency.id} value={agency.id}>
              {agency.acronym} — {agency.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('coordination.actions.ownerPerson')}
          value={form.ownerUserId}
          onChange={change('ownerUserId')}
          disabled={!form.ownerAgencyId}
          error={!!fieldError('ownerUserId')}
          // The hint says what to do first: it stays readable while the field waits (disabled grey fails contrast).
          slotProps={{ formHelperText: { sx: { '&.Mui-disabled': { color: 'text.secondary' } } } }}
          helperText={
            fieldError('ownerUserId') ??
            t(form.ownerAgencyId ? 'coordination.actions.ownerPersonHelp' : 'coordination.actions.pickAgencyFirst')
          }
        >
          <MenuItem value="">{t('coordination.actions.noOwnerPerson')}</MenuItem>
          {candidates.map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {person.name}
            </MenuItem>
          ))}
        </TextField>
        <DateField
          label={t('coordination.actions.dueDate')}
          value={form.dueDate}
          onChange={(day) => setForm((current) => ({ ...current, dueDate: day }))}
          required
          error={!!fieldError('dueDate')}
          helperText={fieldError('dueDate') ?? t('coordination.actions.dueHelp')}
        />
        <TextField
          select
          label={t('coordination.actions.priority')}
          value={form.priority}
          onChange={change('priority')}
        >
          {PRIORITIES.map((priority) => (
            <MenuItem key={priority} value={priority}>
              {t(`coordination.priority.${priority}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('coordination.actions.decision')}
          value={form.decisionId}
          onChange={change('decisionId')}
          error={!!fieldError('decisionId')}
          helperText={fieldError('decisionId')}
        >
          <MenuItem value="">{t('coordination.actions.noDecision')}</MenuItem>
          {decisions.map((decision) => (
            <MenuItem key={decision.id} value={decision.id}>
              {decision.reference}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {apiError && Object.keys(apiError.fields).length === 0 && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {apiError.message}
        </Alert>
      )}
      <Button type="submit" variant="contained" disabled={loading || !ready} sx={{ mt: 1.5 }}>
        {t('coordination.actions.assignButton')}
      </Button>
    </Box>
  );
}
