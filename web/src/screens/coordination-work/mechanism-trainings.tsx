import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { Section } from '../../forms/section';
import { RecordTable } from '../../ui/record-table';
import type { TrainingFieldsFragment } from '../../gql/graphql';
import { COUNTS, TrainingDialog, type MechanismForTrainings } from './training-dialog';

export type { MechanismForTrainings } from './training-dialog';

type Participants = TrainingFieldsFragment['participants'][number];

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
  /** The dialog open: a new training (null) or the one being corrected. */
  const [editing, setEditing] = useState<TrainingFieldsFragment | null | undefined>(undefined);
  return (
    <Section title={t('coordinationWork.training.sectionTitle')}>
      <Stack spacing={2}>
        {isSecretariat && (
          <Box>
            <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing(null)}>
              {t('coordinationWork.training.record')}
            </Button>
          </Box>
        )}
        {trainings.length === 0 && (
          <Typography color="text.secondary">{t('coordinationWork.training.none')}</Typography>
        )}
        {trainings.map((training) => (
          <TrainingCard key={training.id} training={training} onCorrect={() => setEditing(training)} />
        ))}
      </Stack>
      {editing !== undefined && (
        <TrainingDialog
          mechanism={mechanism}
          training={editing}
          onClose={() => setEditing(undefined)}
          onRecorded={() => {
            setEditing(undefined);
            onRecorded();
          }}
        />
      )}
    </Section>
  );
}

function TrainingCard({ training, onCorrect }: { training: TrainingFieldsFragment; onCorrect: () => void }) {
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
      <Box sx={{ mt: 1 }}>
        <RecordTable
          label={t('coordinationWork.training.participants', { count: training.participantCount })}
          rows={training.participants}
          rowKey={(row) => row.id}
          columns={[
            { header: t('coordinationWork.training.agency'), cell: (row) => row.agency.acronym },
            ...COUNTS.map((key) => ({
              header: t(`coordinationWork.training.${key}`),
              numeric: true,
              cell: (row: Participants) => row[key],
            })),
          ]}
        />
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('coordinationWork.training.participants', { count: training.participantCount })}
      </Typography>
      {training.materials.length > 0 && (
        <Typography variant="body2">
          {t('coordinationWork.training.materials', { titles: training.materials.map((m) => m.title).join(' · ') })}
        </Typography>
      )}
      {training.canUpdate && (
        <Button
          size="small"
          startIcon={<EditIcon />}
          sx={{ mt: 1 }}
          onClick={onCorrect}
          aria-label={t('coordinationWork.training.correctNamed', { topic: training.topic })}
        >
          {t('coordinationWork.training.correct')}
        </Button>
      )}
    </Paper>
  );
}
