import AddIcon from '@mui/icons-material/Add';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { Section } from '../../forms/section';
import type { TrainingFieldsFragment } from '../../gql/graphql';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { RecordTrainingDocument } from './assessments.generated';
import { linesOf, today } from './assessment-terms';
import { LibraryDocumentsDocument } from './library.generated';
import { DateField } from '../../ui/date-field';

export interface MechanismForTrainings {
  id: string;
  secretariatAgency: { id: string; acronym: string };
  memberAgencies: { id: string; acronym: string; name: string }[];
}

const COUNTS = ['female', 'male', 'otherOrNotStated'] as const;

/** The trainings a mechanism delivered: topic, date, place, trainers, participants by agency and sex, materials. */
export function MechanismTrainings({
  mechanism,
  trainings,
  isSecretariat,
  onRecorded,
}: {
  mechanism: MechanismForTrainings;
  trainings: TrainingFieldsFragment[];
  isSecretariat: boolean;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  return (
    <Section title={t('coordinationWork.training.sectionTitle')}>
      <Stack spacing={2}>
        {isSecretariat && (
          <Box>
            <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setRecording(true)}>
              {t('coordinationWork.training.record')}
            </Button>
          </Box>
        )}
        {trainings.length === 0 && (
          <Typography color="text.secondary">{t('coordinationWork.training.none')}</Typography>
        )}
        {trainings.map((training) => (
          <TrainingCard key={training.id} training={training} />
        ))}
      </Stack>
      {recording && (
        <RecordTrainingDialog
          mechanism={mechanism}
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            onRecorded();
          }}
        />
      )}
    </Section>
  );
}

function TrainingCard({ training }: { training: TrainingFieldsFragment }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="article" aria-labelledby={`training-${training.id}`}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }} id={`training-${training.id}`}>
        {training.topic}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('coordinationWork.training.when', {
          date: formatLocalDate(training.heldOn, language) || String(training.heldOn),
          place: training.place,
        })}
      </Typography>
      <Typography variant="body2">
        {t('coordinationWork.training.trainers', { names: training.trainers.join(', ') })}
      </Typography>
      {training.summary && <Typography variant="body2">{training.summary}</Typography>}
      <TableContainer
        sx={{ mt: 1 }}
        tabIndex={0}
        role="region"
        aria-label={t('coordinationWork.training.participantsLabel')}
      >
        <Table
          size="small"
          aria-label={t('coordinationWork.training.participants', { count: training.participantCount })}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('coordinationWork.training.agency')}</TableCell>
              {COUNTS.map((key) => (
                <TableCell key={key} align="right">
                  {t(`coordinationWork.training.${key}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {training.participants.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{row.agency.acronym}</TableCell>
                {COUNTS.map((key) => (
                  <TableCell key={key} align="right">
                    {row[key]}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('coordinationWork.training.participants', { count: training.participantCount })}
      </Typography>
      {training.materials.length > 0 && (
        <Typography variant="body2">
          {t('coordinationWork.training.materials', { titles: training.materials.map((m) => m.title).join(' · ') })}
        </Typography>
      )}
    </Paper>
  );
}

type Counts = Record<(typeof COUNTS)[number], string>;

function RecordTrainingDialog({
  mechanism,
  onClose,
  onRecorded,
}: {
  mechanism: MechanismForTrainings;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const agencies = [
    mechanism.secretariatAgency,
    ...mechanism.memberAgencies.filter((agency) => agency.id !== mechanism.secretariatAgency.id),
  ];
  const library = useQuery(LibraryDocumentsDocument, { variables: { mechanismId: mechanism.id, search: null } });
  const [form, setForm] = useState({ topic: '', heldOn: today(), place: '', trainers: '', summary: '' });
  const [counts, setCounts] = useState<Record<string, Counts>>({});
  const [materials, setMaterials] = useState<string[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [record, recording] = useMutation(RecordTrainingDocument);
  const [problem, setProblem] = useState<ReturnType<typeof translateCoordinationError> | null>(null);
  const field = (name: keyof typeof form) => ({
    value: form[name],
    error: !!problem?.fields[`input.${name}`],
    helperText: problem?.fields[`input.${name}`],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const participants = agencies
      .filter((agency) => COUNTS.some((key) => (counts[agency.id]?.[key] ?? '') !== ''))
      .map((agency) => ({
        agencyId: agency.id,
        female: Number(counts[agency.id]?.female || 0),
        male: Number(counts[agency.id]?.male || 0),
        otherOrNotStated: Number(counts[agency.id]?.otherOrNotStated || 0),
      }));
    setSent(participants.map((p) => p.agencyId));
    try {
      await record({
        variables: {
          mechanismId: mechanism.id,
          input: { ...form, trainers: linesOf(form.trainers), participants, materialIds: materials },
        },
      });
      onRecorded();
    } catch (error) {
      setProblem(translateCoordinationError(error, t));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="record-training-title">
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="record-training-title">{t('coordinationWork.training.record')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              required
              label={t('coordinationWork.training.topic')}
              {...field('topic')}
              slotProps={{ htmlInput: { maxLength: 300 } }}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <DateField
                required
                label={t('coordinationWork.training.date')}
                {...field('heldOn')}
                onChange={(day: string) => setForm({ ...form, heldOn: day })}
              />
              <TextField
                required
                fullWidth
                label={t('coordinationWork.training.place')}
                {...field('place')}
                slotProps={{ htmlInput: { maxLength: 200 } }}
              />
            </Stack>
            <TextField
              required
              multiline
              minRows={2}
              label={t('coordinationWork.training.trainersLabel')}
              {...field('trainers')}
              helperText={problem?.fields['input.trainers'] ?? t('coordinationWork.training.trainersHelp')}
            />
            <TextField
              multiline
              minRows={2}
              label={t('coordinationWork.training.summary')}
              {...field('summary')}
              slotProps={{ htmlInput: { maxLength: 4000 } }}
            />
            <FormLabel component="legend">{t('coordinationWork.training.participantsLabel')}</FormLabel>
            {agencies.map((agency) => (
              <Stack
                key={agency.id}
                direction={{ xs: 'column', sm: 'row' }}
                spacing={1}
                sx={{ alignItems: { sm: 'center' } }}
              >
                <Typography sx={{ minWidth: 120 }} id={`agency-${agency.id}`}>
                  {agency.acronym}
                </Typography>
                {COUNTS.map((key) => {
                  const path = `input.participants.${sent.indexOf(agency.id)}.${key}`;
                  return (
                    <TextField
                      key={key}
                      size="small"
                      type="number"
                      label={`${t(`coordinationWork.training.${key}`)} (${agency.acronym})`}
                      value={counts[agency.id]?.[key] ?? ''}
                      error={!!problem?.fields[path]}
                      helperText={problem?.fields[path]}
                      onChange={(event) =>
                        setCounts({
                          ...counts,
                          [agency.id]: {
                            ...(counts[agency.id] ?? { female: '', male: '', otherOrNotStated: '' }),
                            [key]: event.target.value,
                          },
                        })
                      }
                      slotProps={{ htmlInput: { min: 0, max: 10000, step: 1 } }}
                    />
                  );
                })}
              </Stack>
            ))}
            {(library.data?.libraryDocuments.length ?? 0) > 0 && (
              <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                <FormLabel component="legend">{t('coordinationWork.training.materialsLabel')}</FormLabel>
                <FormGroup>
                  {library.data!.libraryDocuments.map((document) => (
                    <FormControlLabel
                      key={document.id}
                      label={document.title}
                      control={
                        <Checkbox
                          checked={materials.includes(document.id)}
                          onChange={(event) =>
                            setMaterials(
                              event.target.checked
                                ? [...materials, document.id]
                                : materials.filter((id) => id !== document.id),
                            )
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
              </Box>
            )}
            {problem && <Alert severity="error">{problem.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('coordinationWork.training.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={recording.loading}>
            {t('coordinationWork.training.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
