import AddIcon from '@mui/icons-material/Add';
import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../forms/section';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { SetMeetingAgendaDocument } from '../coordination-common/coordination.operations';
import type { MeetingView } from './meeting-screen';

interface DraftItem {
  id: string | null;
  title: string;
  presenterAgencyId: string;
  slotStart: string;
  durationMinutes: string;
}

/** The agenda in order; the secretariat edits it while the minutes are a draft. */
export function AgendaSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<DraftItem[] | null>(null);
  const mayEdit = meeting.availableActions.includes('update') && meeting.minutesStatus === 'DRAFT';
  const start = () =>
    setEditing(
      meeting.agenda.map((item) => ({
        id: item.id,
        title: item.title,
        presenterAgencyId: item.presenterAgency?.id ?? '',
        slotStart: item.slotStart ?? '',
        durationMinutes: item.durationMinutes?.toString() ?? '',
      })),
    );
  return (
    <Section title={t('coordination.agenda.title')}>
      {editing ? (
        <AgendaEditor meeting={meeting} items={editing} onChange={setEditing} onDone={() => setEditing(null)} />
      ) : (
        <>
          {meeting.agenda.length === 0 ? (
            <Typography color="text.secondary">{t('coordination.agenda.empty')}</Typography>
          ) : (
            <Box component="ol" sx={{ m: 0, pl: 3 }}>
              {meeting.agenda.map((item) => (
                <li key={item.id}>
                  <Typography sx={{ fontWeight: 600 }}>{item.title}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {[
                      item.slotStart &&
                        t('coordination.agenda.slot', { start: item.slotStart, minutes: item.durationMinutes ?? '—' }),
                      item.presenterAgency &&
                        t('coordination.agenda.presenter', { agency: item.presenterAgency.acronym }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </li>
              ))}
            </Box>
          )}
          {mayEdit && (
            <Button sx={{ mt: 1 }} onClick={start}>
              {t('coordination.agenda.edit')}
            </Button>
          )}
        </>
      )}
    </Section>
  );
}

function AgendaEditor({
  meeting,
  items,
  onChange,
  onDone,
}: {
  meeting: MeetingView;
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [save, { loading, error }] = useMutation(SetMeetingAgendaDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  const set = (index: number, patch: Partial<DraftItem>) =>
    onChange(items.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: number) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return; // no item at that place: nothing to move
    next.splice(index + by, 0, moved);
    onChange(next);
  };
  async function submit() {
    const result = await save({
      variables: {
        meetingId: meeting.id,
        items: items.map((item) => ({
          id: item.id,
          title: item.title,
          presenterAgencyId: item.presenterAgencyId || null,
          slotStart: item.slotStart || null,
          durationMinutes: item.durationMinutes ? Number(item.durationMinutes) : null,
        })),
      },
    }).catch(() => null);
    if (result?.data) onDone();
  }
  return (
    <Stack spacing={2}>
      {apiError && <Alert severity="error">{apiError.message}</Alert>}
      {items.map((item, index) => (
        <Stack
          key={item.id ?? `new-${index}`}
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ alignItems: { md: 'flex-start' } }}
        >
          <TextField
            label={t('coordination.agenda.itemTitle', { number: index + 1 })}
            value={item.title}
            onChange={(event) => set(index, { title: event.target.value })}
            slotProps={{ htmlInput: { maxLength: 300 } }}
            sx={{ flex: 3 }}
            error={!!apiError?.fields[`items.${index}.title`]}
            helperText={apiError?.fields[`items.${index}.title`]}
          />
          <TextField
            select
            label={t('coordination.agenda.presenterLabel')}
            value={item.presenterAgencyId}
            onChange={(event) => set(index, { presenterAgencyId: event.target.value })}
            sx={{ flex: 1, minWidth: 120 }}
          >
            <MenuItem value="">—</MenuItem>
            {meeting.mechanism.memberAgencies.map((agency) => (
              <MenuItem key={agency.id} value={agency.id}>
                {agency.acronym}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="time"
            label={t('coordination.agenda.start')}
            value={item.slotStart}
            onChange={(event) => set(index, { slotStart: event.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 130 }}
            error={!!apiError?.fields[`items.${index}.slotStart`]}
          />
          <TextField
            type="number"
            label={t('coordination.agenda.duration')}
            value={item.durationMinutes}
            onChange={(event) => set(index, { durationMinutes: event.target.value })}
            slotProps={{ htmlInput: { min: 1, max: 1440 } }}
            sx={{ width: 130 }}
            error={!!apiError?.fields[`items.${index}.durationMinutes`]}
          />
          <Stack direction="row">
            <IconButton aria-label={t('coordination.agenda.up')} disabled={index === 0} onClick={() => move(index, -1)}>
              <ArrowUpIcon />
            </IconButton>
            <IconButton
              aria-label={t('coordination.agenda.down')}
              disabled={index === items.length - 1}
              onClick={() => move(index, 1)}
            >
              <ArrowDownIcon />
            </IconButton>
            <IconButton
              aria-label={t('coordination.agenda.remove')}
              onClick={() => onChange(items.filter((_, at) => at !== index))}
            >
              <DeleteIcon />
            </IconButton>
          </Stack>
        </Stack>
      ))}
      <Stack direction="row" spacing={1}>
        <Button
          startIcon={<AddIcon />}
          disabled={items.length >= 40}
          onClick={() =>
            onChange([...items, { id: null, title: '', presenterAgencyId: '', slotStart: '', durationMinutes: '' }])
          }
        >
          {t('coordination.agenda.add')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button onClick={onDone}>{t('coordination.form.cancel')}</Button>
        <Button variant="contained" disabled={loading} onClick={() => void submit()}>
          {t('coordination.form.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
