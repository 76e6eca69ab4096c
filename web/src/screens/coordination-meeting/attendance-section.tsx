import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../forms/section';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { SetMeetingAttendanceDocument } from '../coordination-common/coordination.operations';
import { ATTENDANCE_STATUSES } from '../coordination-common/meeting-terms';
import type { MeetingView } from './meeting-screen';

interface DraftEntry {
  name: string;
  jobTitle: string;
  agencyId: string;
  status: string;
}

/** Who took part, and how; recorded by the secretariat until the minutes are approved. */
export function AttendanceSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<DraftEntry[] | null>(null);
  const mayEdit = meeting.availableActions.includes('update');
  return (
    <Section title={t('coordination.attendance.title')}>
      {editing ? (
        <AttendanceEditor meeting={meeting} entries={editing} onChange={setEditing} onDone={() => setEditing(null)} />
      ) : (
        <>
          {meeting.attendance.length === 0 ? (
            <Typography color="text.secondary">{t('coordination.attendance.empty')}</Typography>
          ) : (
            // On a phone the job title and the agency go under the name, so the status keeps its whole width
            // ("Por videoconferencia" was cut at 390 px); a table still wider than the screen scrolls in its own
            // box, which the keyboard can reach.
            <TableContainer
              component={Paper}
              variant="outlined"
              tabIndex={0}
              role="region"
              aria-label={t('coordination.attendance.title')}
            >
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('coordination.attendance.name')}</TableCell>
                    <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                      {t('coordination.attendance.jobTitle')}
                    </TableCell>
                    <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                      {t('coordination.attendance.agency')}
                    </TableCell>
                    <TableCell>{t('coordination.attendance.status')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {meeting.attendance.map((entry) => (
                    <TableRow key={entry.id}>
                      <TableCell>
                        {entry.name}
                        <Typography
                          variant="body2"
                          color="text.secondary"
                          sx={{ display: { xs: 'block', sm: 'none' } }}
                        >
                          {[entry.jobTitle, entry.agency.acronym].filter(Boolean).join(' · ')}
                        </Typography>
                      </TableCell>
                      <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{entry.jobTitle ?? '—'}</TableCell>
                      <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{entry.agency.acronym}</TableCell>
                      <TableCell>{t(`coordination.attendanceStatus.${entry.status}`)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          {mayEdit && (
            <Button
              sx={{ mt: 1 }}
              onClick={() =>
                setEditing(
                  meeting.attendance.map((entry) => ({
                    name: entry.name,
                    jobTitle: entry.jobTitle ?? '',
                    agencyId: entry.agency.id,
                    status: entry.status,
                  })),
                )
              }
            >
              {t('coordination.attendance.edit')}
            </Button>
          )}
        </>
      )}
    </Section>
  );
}

function AttendanceEditor({
  meeting,
  entries,
  onChange,
  onDone,
}: {
  meeting: MeetingView;
  entries: DraftEntry[];
  onChange: (entries: DraftEntry[]) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [save, { loading, error }] = useMutation(SetMeetingAttendanceDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  const set = (index: number, patch: Partial<DraftEntry>) =>
    onChange(entries.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));
  async function submit() {
    const result = await save({
      variables: {
        meetingId: meeting.id,
        entries: entries.map((entry) => ({
          name: entry.name,
          jobTitle: entry.jobTitle || null,
          agencyId: entry.agencyId,
          status: entry.status as never,
        })),
      },
    }).catch(() => null);
    if (result?.data) onDone();
  }
  const firstAgency = meeting.mechanism.memberAgencies[0]?.id ?? '';
  return (
    <Stack spacing={2}>
      {apiError && <Alert severity="error">{apiError.message}</Alert>}
      {entries.map((entry, index) => (
        <Stack key={index} direction={{ xs: 'column', md: 'row' }} spacing={1}>
          <TextField
            label={t('coordination.attendance.name')}
            value={entry.name}
            onChange={(event) => set(index, { name: event.target.value })}
            slotProps={{ htmlInput: { maxLength: 200 } }}
            sx={{ flex: 2 }}
            error={!!apiError?.fields[`entries.${index}.name`]}
            helperText={apiError?.fields[`entries.${index}.name`]}
          />
          <TextField
            label={t('coordination.attendance.jobTitle')}
            value={entry.jobTitle}
            onChange={(event) => set(index, { jobTitle: event.target.value })}
            slotProps={{ htmlInput: { maxLength: 200 } }}
            sx={{ flex: 2 }}
          />
          <TextField
            select
            label={t('coordination.attendance.agency')}
            value={entry.agencyId}
            onChange={(event) => set(index, { agencyId: event.target.value })}
            sx={{ minWidth: 120 }}
          >
            {meeting.mechanism.memberAgencies.map((agency) => (
              <MenuItem key={agency.id} value={agency.id}>
                {agency.acronym}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('coordination.attendance.status')}
            value={entry.status}
            onChange={(event) => set(index, { status: event.target.value })}
            sx={{ minWidth: 140 }}
          >
            {ATTENDANCE_STATUSES.map((status) => (
              <MenuItem key={status} value={status}>
                {t(`coordination.attendanceStatus.${status}`)}
              </MenuItem>
            ))}
          </TextField>
          <IconButton
            aria-label={t('coordination.attendance.remove')}
            onClick={() => onChange(entries.filter((_, at) => at !== index))}
          >
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Stack direction="row" spacing={1}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => onChange([...entries, { name: '', jobTitle: '', agencyId: firstAgency, status: 'PRESENT' }])}
        >
          {t('coordination.attendance.add')}
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
