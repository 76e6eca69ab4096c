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
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingFieldsFragment } from '../../gql/graphql';
import { DateField } from '../../ui/date-field';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { RecordTrainingDocument, UpdateTrainingDocument } from './assessments.generated';
import { linesOf, today } from './assessment-terms';
import { LibraryDocumentsDocument } from './library.generated';

export interface MechanismForTrainings {
  id: string;
  secretariatAgency: { id: string; acronym: string };
  memberAgencies: { id: string; acronym: string; name: string }[];
}

export const COUNTS = ['female', 'male', 'otherOrNotStated'] as const;

type Counts = Record<(typeof COUNTS)[number], string>;

/** What the form starts from: empty for a new training, the record's own values when it is corrected. */
function startingValues(training: TrainingFieldsFragment | null) {
  if (!training) return { form: { topic: '', heldOn: today(), place: '', trainers: '', summary: '' }, counts: {} };
  const counts: Record<string, Counts> = {};
  for (const row of training.participants)
    counts[row.agency.id] = {
      female: String(row.female),
      male: String(row.male),
      otherOrNotStated: String(row.otherOrNotStated),
    };
  const { topic, heldOn, place, trainers, summary } = training;
  return {
    form: { topic, heldOn: String(heldOn), place, trainers: trainers.join('\n'), summary: summary ?? '' },
    counts,
  };
}

/** Records a training the mechanism delivered, or corrects one already recorded (`training`). */
export function TrainingDialog({
  mechanism,
  training,
  onClose,
  onRecorded,
}: {
  mechanism: MechanismForTrainings;
  training: TrainingFieldsFragment | null;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const agencies = [
    mechanism.secretariatAgency,
    ...mechanism.memberAgencies.filter((agency) => agency.id !== mechanism.secretariatAgency.id),
  ];
  const library = useQuery(LibraryDocumentsDocument, { variables: { mechanismId: mechanism.id, search: null } });
  const [start] = useState(() => startingValues(training));
  const [form, setForm] = useState(start.form);
  const [counts, setCounts] = useState<Record<string, Counts>>(start.counts);
  const [materials, setMaterials] = useState<string[]>(training?.materials.map((material) => material.id) ?? []);
  const [sent, setSent] = useState<string[]>([]);
  const [record, recording] = useMutation(RecordTrainingDocument);
  const [correct, correcting] = useMutation(UpdateTrainingDocument);
  const titleKey = training ? 'coordinationWork.training.correctTitle' : 'coordinationWork.training.record';
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
      const input = { ...form, trainers: linesOf(form.trainers), participants, materialIds: materials };
      if (training) await correct({ variables: { id: training.id, input } });
      else await record({ variables: { mechanismId: mechanism.id, input } });
      onRecorded();
    } catch (error) {
      setProblem(translateCoordinationError(error, t));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="record-training-title">
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="record-training-title">{t(titleKey)}</DialogTitle>
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
          <Button type="submit" variant="contained" disabled={recording.loading || correcting.loading}>
            {t(training ? 'coordinationWork.training.saveCorrection' : 'coordinationWork.training.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
