import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../app/refusal';
import { useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ApiErrorMessage } from '../../api/translate-api-error';
import { Section } from '../../forms/section';
import type { CriterionStatus, DurablePlanPartsFragment, DurableSolution } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { useLanguage } from '../../i18n/use-language';
import {
  AssessDurableCriterionDocument,
  DurablePlanOfSurvivorDocument,
  OpenDurablePlanDocument,
} from '../durable-solutions-common/durable-solutions.operations';
import {
  CRITERION_STATUSES,
  SOLUTIONS,
  today,
  translateDurableError,
} from '../durable-solutions-common/durable-solutions-terms';
import { FollowUpDialog } from './follow-up-dialog';
import { PlanReferralsSection } from './plan-referrals-section';
import { DateField } from '../../ui/date-field';

const context: EnlaceOperationContext = { handlesErrors: true };
type Plan = DurablePlanPartsFragment;
type Entry = Plan['criteria'][number];
const STATUS_COLOR = {
  MET: 'success',
  IN_PROGRESS: 'info',
  NOT_STARTED: 'default',
  NOT_APPLICABLE: 'default',
} as const;

/** A survivor's durable-solutions plan: the IASC checklist with progress, who holds the lead, history, follow-ups. */
export function DurablePlanScreen() {
  const { t } = useTranslation();
  const { survivorId = '' } = useParams();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'DurablePlan');
  const { data, loading, error } = useQuery(DurablePlanOfSurvivorDocument, {
    context,
    skip: !allowed,
    variables: { survivorId },
    fetchPolicy: 'network-only',
  });
  const plan = data?.durablePlanOfSurvivor ?? null;
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Typography variant="h1">
        {plan ? t('durableSolutions.plan.titleOf', { code: plan.survivorCode }) : t('durableSolutions.plan.title')}
      </Typography>
      {!allowed && <Refusal reason={t('durableSolutions.forbidden')} />}
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateDurableError(error, t).message}</Alert>}
      {allowed && data && !plan && <OpenPlanForm survivorId={survivorId} />}
      {plan && <PlanView plan={plan} />}
    </Stack>
  );
}

function OpenPlanForm({ survivorId }: { survivorId: string }) {
  const { t } = useTranslation();
  const [solution, setSolution] = useState<DurableSolution>('VOLUNTARY_RETURN');
  const [wishes, setWishes] = useState('');
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [open, { loading }] = useMutation(OpenDurablePlanDocument, {
    context,
    refetchQueries: [DurablePlanOfSurvivorDocument],
  });
  const submit = async () => {
    setProblems(null);
    try {
      await open({ variables: { input: { survivorId, solution, wishes } } });
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  return (
    <Section title={t('durableSolutions.open.title')}>
      <Stack spacing={2} component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
        <Typography color="text.secondary">{t('durableSolutions.open.intro')}</Typography>
        <TextField
          select
          label={t('durableSolutions.plan.solution')}
          value={solution}
          onChange={(event) => setSolution(event.target.value as DurableSolution)}
        >
          {SOLUTIONS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`durableSolutions.solution.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('durableSolutions.plan.wishes')}
          helperText={problems?.fields['input.wishes'] ?? t('durableSolutions.open.wishesHelp')}
          error={!!problems?.fields['input.wishes']}
          value={wishes}
          onChange={(event) => setWishes(event.target.value)}
          multiline
          minRows={3}
          required
          slotProps={{ htmlInput: { maxLength: 4000 } }}
        />
        {problems && !problems.fields['input.wishes'] && <Alert severity="error">{problems.message}</Alert>}
        <Box>
          <Button type="submit" variant="contained" disabled={loading}>
            {t('durableSolutions.open.submit')}
          </Button>
        </Box>
      </Stack>
    </Section>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { user } = useSession();
  const [assessing, setAssessing] = useState<Entry | null>(null);
  const [filing, setFiling] = useState<Plan['followUps'][number] | null>(null);
  const share = plan.progress.applicable ? Math.round((plan.progress.met / plan.progress.applicable) * 100) : 0;
  const mayAssess = (entry: Entry) => plan.myActions.includes('assess') && entry.entryAgency.id === user?.agency.id;
  return (
    <>
      <Section title={t('durableSolutions.plan.summary')}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Chip label={t(`durableSolutions.solution.${plan.solution}`)} color="primary" />
            <Chip label={t(`durableSolutions.status.${plan.status}`)} variant="outlined" />
          </Stack>
          <Typography>{t('durableSolutions.plan.lead', { agency: plan.leadAgency.name })}</Typography>
          {plan.partnerAgency && (
            <Typography>{t('durableSolutions.plan.partner', { agency: plan.partnerAgency.name })}</Typography>
          )}
          <Typography id="plan-progress">
            {t('durableSolutions.plan.progress', { met: plan.progress.met, applicable: plan.progress.applicable })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={share}
            aria-labelledby="plan-progress"
            sx={{ height: 10, borderRadius: 1 }}
          />
        </Stack>
      </Section>
      <Section title={t('durableSolutions.plan.wishes')}>
        {plan.restrictedFields.includes('wishes') ? (
          <Typography color="text.secondary">{t('durableSolutions.plan.wishesRestricted')}</Typography>
        ) : (
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{plan.wishes}</Typography>
        )}
      </Section>
      <Section title={t('durableSolutions.plan.criteria')}>
        <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {plan.criteria.map((entry) => (
            <Box component="li" key={entry.id} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1.5 }}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography component="h3" variant="subtitle1" sx={{ flexGrow: 1, minWidth: 200 }}>
                  {t(`durableSolutions.criterion.${entry.criterion}`)}
                </Typography>
                <Chip
                  size="small"
                  label={t(`durableSolutions.criterionStatus.${entry.status}`)}
                  color={STATUS_COLOR[entry.status]}
                />
                {mayAssess(entry) && (
                  <Button
                    size="small"
                    onClick={() => setAssessing(entry)}
                    aria-label={t('durableSolutions.assess.buttonFor', {
                      criterion: t(`durableSolutions.criterion.${entry.criterion}`),
                    })}
                  >
                    {t('durableSolutions.assess.button')}
                  </Button>
                )}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {[entry.evidence, entry.responsibleOrganisation, entry.assessedOn, entry.entryAgency.name]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </Box>
          ))}
        </Stack>
      </Section>
      {plan.followUps.length > 0 && (
        <Section title={t('durableSolutions.followUps.title')}>
          <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {plan.followUps.map((followUp) => (
              <Stack
                component="li"
                key={followUp.id}
                direction="row"
                spacing={1}
                useFlexGap
                sx={{ flexWrap: 'wrap', alignItems: 'center' }}
              >
                <Typography>
                  {t('durableSolutions.followUps.point', {
                    months: followUp.monthsAfter,
                    due: formatLocalDate(followUp.dueOn, language) || followUp.dueOn,
                  })}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {followUp.owedBy.name}
                </Typography>
                {followUp.filedAt ? (
                  <Chip size="small" color="success" label={t('durableSolutions.followUps.filed')} />
                ) : followUp.overdue ? (
                  <Chip size="small" color="error" label={t('durableSolutions.followUps.overdue')} />
                ) : null}
                {followUp.fileable && plan.status === 'OPEN' && followUp.owedBy.id === user?.agency.id && (
                  <Button size="small" onClick={() => setFiling(followUp)}>
                    {t('durableSolutions.followUp.file')}
                  </Button>
                )}
              </Stack>
            ))}
          </Stack>
        </Section>
      )}
      <PlanReferralsSection plan={plan} />
      <Section title={t('durableSolutions.plan.history')}>
        {plan.history.length === 0 ? (
          <Typography color="text.secondary">{t('durableSolutions.plan.noHistory')}</Typography>
        ) : (
          <Stack component="ol" spacing={0.5} sx={{ pl: 2, m: 0 }}>
            {plan.history.map((assessment) => (
              <li key={assessment.id}>
                <Typography variant="body2">
                  {t('durableSolutions.plan.historyLine', {
                    date: assessment.assessedOn,
                    criterion: t(`durableSolutions.criterion.${assessment.criterion}`),
                    status: t(`durableSolutions.criterionStatus.${assessment.status}`),
                    agency: assessment.agency.name,
                  })}
                </Typography>
              </li>
            ))}
          </Stack>
        )}
      </Section>
      {filing && <FollowUpDialog plan={plan} followUp={filing} onClose={() => setFiling(null)} />}
      {assessing && <AssessDialog planId={plan.id} entry={assessing} onClose={() => setAssessing(null)} />}
    </>
  );
}

function AssessDialog({ planId, entry, onClose }: { planId: string; entry: Entry; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CriterionStatus>(entry.status);
  const [evidence, setEvidence] = useState(entry.evidence ?? '');
  const [organisation, setOrganisation] = useState(entry.responsibleOrganisation ?? '');
  const [assessedOn, setAssessedOn] = useState(today);
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [assess, { loading }] = useMutation(AssessDurableCriterionDocument, { context });
  const field = (name: string) => problems?.fields[`input.${name}`];
  const submit = async () => {
    setProblems(null);
    try {
      await assess({
        variables: {
          input: {
            planId,
            criterion: entry.criterion,
            status,
            evidence,
            responsibleOrganisation: organisation,
            assessedOn,
          },
        },
      });
      onClose();
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth aria-labelledby="assess-title">
      <DialogTitle id="assess-title">{t(`durableSolutions.criterion.${entry.criterion}`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label={t('durableSolutions.assess.status')}
            value={status}
            onChange={(event) => setStatus(event.target.value as CriterionStatus)}
          >
            {CRITERION_STATUSES.map((value) => (
              <MenuItem key={value} value={value}>
                {t(`durableSolutions.criterionStatus.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('durableSolutions.assess.evidence')}
            value={evidence}
            onChange={(event) => setEvidence(event.target.value)}
            multiline
            minRows={2}
            error={!!field('evidence')}
            helperText={field('evidence')}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
          <TextField
            label={t('durableSolutions.assess.organisation')}
            value={organisation}
            onChange={(event) => setOrganisation(event.target.value)}
            error={!!field('responsibleOrganisation')}
            helperText={field('responsibleOrganisation')}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <DateField
            label={t('durableSolutions.assess.date')}
            value={assessedOn}
            onChange={(day) => setAssessedOn(day)}
            error={!!field('assessedOn')}
            helperText={field('assessedOn')}
          />
          {problems && Object.keys(problems.fields).length === 0 && <Alert severity="error">{problems.message}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('durableSolutions.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={loading}>
          {t('durableSolutions.assess.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
