import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ApiErrorMessage } from '../../api/translate-api-error';
import type { CriterionStatus, DurablePlanPartsFragment } from '../../gql/graphql';
import { useSession } from '../../session/session';
import {
  DurablePlanOfSurvivorDocument,
  FileFollowUpDocument,
} from '../durable-solutions-common/durable-solutions.operations';
import { CRITERION_STATUSES, today, translateDurableError } from '../durable-solutions-common/durable-solutions-terms';

const context: EnlaceOperationContext = { handlesErrors: true };
type Plan = DurablePlanPartsFragment;
type Change = { status: CriterionStatus | ''; evidence: string };

/**
 * The receiving organisation files a follow-up report: what it found, and new assessments of the criteria
 * entrusted to it (those left unchanged are not sent).
 */
export function FollowUpDialog({
  plan,
  followUp,
  onClose,
}: {
  plan: Plan;
  followUp: Plan['followUps'][number];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mine = plan.criteria.filter((entry) => entry.entryAgency.id === user?.agency.id);
  const [summary, setSummary] = useState('');
  const [changes, setChanges] = useState<Record<string, Change>>({});
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [file, { loading }] = useMutation(FileFollowUpDocument, {
    context,
    refetchQueries: [DurablePlanOfSurvivorDocument],
    awaitRefetchQueries: true,
  });
  const change = (criterion: string, part: Partial<Change>) =>
    setChanges((all) => ({ ...all, [criterion]: { ...(all[criterion] ?? { status: '', evidence: '' }), ...part } }));
  const submit = async () => {
    setProblems(null);
    const assessedOn = today();
    const assessments = mine
      .filter((entry) => changes[entry.criterion]?.status)
      .map((entry) => ({
        criterion: entry.criterion,
        status: changes[entry.criterion]!.status as CriterionStatus,
        evidence: changes[entry.criterion]!.evidence || null,
        assessedOn,
      }));
    try {
      await file({ variables: { input: { followUpId: followUp.id, summary, assessments } } });
      onClose();
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  const problemAt = (index: number) =>
    Object.entries(problems?.fields ?? {}).find(([path]) => path.startsWith(`input.assessments.${index}`))?.[1];
  const sentIndex = (criterion: string) =>
    mine.filter((entry) => changes[entry.criterion]?.status).findIndex((entry) => entry.criterion === criterion);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="follow-up-title">
      <DialogTitle id="follow-up-title">
        {t('durableSolutions.followUp.title', { months: followUp.monthsAfter })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label={t('durableSolutions.followUp.summary')}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            multiline
            minRows={3}
            required
            error={!!problems?.fields['input.summary']}
            helperText={problems?.fields['input.summary']}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
          <Typography component="h3" variant="subtitle1">
            {t('durableSolutions.followUp.criteria')}
          </Typography>
          {mine.map((entry) => {
            const name = t(`durableSolutions.criterion.${entry.criterion}`);
            const problem = problemAt(sentIndex(entry.criterion));
            return (
              <Stack key={entry.id} direction={{ xs: 'column', md: 'row' }} spacing={1.5}>
                <TextField
                  select
                  sx={{ minWidth: 260 }}
                  label={name}
                  value={changes[entry.criterion]?.status ?? ''}
                  onChange={(event) => change(entry.criterion, { status: event.target.value as CriterionStatus })}
                  error={!!problem}
                  helperText={problem}
                >
                  <MenuItem value="">{t('durableSolutions.followUp.unchanged')}</MenuItem>
                  {CRITERION_STATUSES.map((value) => (
                    <MenuItem key={value} value={value}>
                      {t(`durableSolutions.criterionStatus.${value}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  fullWidth
                  label={`${t('durableSolutions.assess.evidence')}: ${name}`}
                  value={changes[entry.criterion]?.evidence ?? ''}
                  onChange={(event) => change(entry.criterion, { evidence: event.target.value })}
                  slotProps={{ htmlInput: { maxLength: 2000 } }}
                />
              </Stack>
            );
          })}
          {problems && !problems.fields['input.summary'] && <Alert severity="error">{problems.message}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('durableSolutions.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={loading}>
          {t('durableSolutions.followUp.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
