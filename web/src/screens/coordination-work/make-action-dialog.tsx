import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPriority } from '../../gql/graphql';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { AssessmentMechanismDocument, MakeRecommendationActionDocument } from './assessments.generated';
import { DateField } from '../../ui/date-field';

const PRIORITIES: ActionPriority[] = ['HIGH', 'MEDIUM', 'LOW'];

/** Makes a recommendation an action item of a member agency, in one step. */
export function MakeActionDialog({
  mechanismId,
  recommendation,
  onClose,
  onMade,
}: {
  mechanismId: string;
  recommendation: { id: string; text: string };
  onClose: () => void;
  onMade: () => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(AssessmentMechanismDocument, { variables: { mechanismId } });
  const [form, setForm] = useState({ ownerAgencyId: '', dueDate: '', priority: 'MEDIUM' as ActionPriority });
  const [make, making] = useMutation(MakeRecommendationActionDocument);
  const [problem, setProblem] = useState<ReturnType<typeof translateCoordinationError> | null>(null);
  const mechanism = data?.mechanism;
  const agencies = mechanism
    ? [mechanism.secretariatAgency, ...mechanism.memberAgencies.filter((a) => a.id !== mechanism.secretariatAgency.id)]
    : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await make({ variables: { recommendationId: recommendation.id, input: form } });
      onMade();
    } catch (error) {
      setProblem(translateCoordinationError(error, t));
    }
  };
  const fieldProblem = (name: string) => problem?.fields[`input.${name}`];
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="make-action-title">
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="make-action-title">{t('coordinationWork.assessment.makeAction')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{recommendation.text}</DialogContentText>
          <Stack spacing={2} sx={{ pt: 2 }}>
            <TextField
              select
              required
              label={t('coordinationWork.assessment.owner')}
              value={form.ownerAgencyId}
              onChange={(event) => setForm({ ...form, ownerAgencyId: event.target.value })}
              error={!!fieldProblem('ownerAgencyId')}
              helperText={fieldProblem('ownerAgencyId')}
            >
              {agencies.map((agency) => (
                <MenuItem key={agency.id} value={agency.id}>
                  {agency.acronym} · {agency.name}
                </MenuItem>
              ))}
            </TextField>
            <DateField
              required
              label={t('coordinationWork.assessment.dueDate')}
              value={form.dueDate}
              onChange={(day) => setForm({ ...form, dueDate: day })}
              error={!!fieldProblem('dueDate')}
              helperText={fieldProblem('dueDate')}
            />
            <TextField
              select
              label={t('coordinationWork.assessment.priority')}
              value={form.priority}
              onChange={(event) => setForm({ ...form, priority: event.target.value as ActionPriority })}
            >
              {PRIORITIES.map((priority) => (
                <MenuItem key={priority} value={priority}>
                  {t(`coordination.priority.${priority}`)}
                </MenuItem>
              ))}
            </TextField>
            {problem && <Alert severity="error">{problem.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('coordinationWork.assessment.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={making.loading}>
            {t('coordinationWork.assessment.makeActionConfirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
