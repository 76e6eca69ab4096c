import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ApiErrorMessage } from '../../api/translate-api-error';
import type { DurableCriterion, DurablePlanPartsFragment, ProtectionService, ReturnRisk } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { localName } from '../referral-inbox/referral-common';
import { ChoiceList } from '../durable-solutions-common/choice-list';
import {
  DurablePlanOfSurvivorDocument,
  SendSolutionReferralDocument,
  SolutionReferralOptionsDocument,
} from '../durable-solutions-common/durable-solutions.operations';
import {
  CRITERIA,
  fieldLabelKey,
  PURPOSES,
  REINTEGRATION_CRITERIA,
  RETURN_RISKS,
  SHARED_FIELDS,
  type SharedFieldName,
  today,
  translateDurableError,
} from '../durable-solutions-common/durable-solutions-terms';

const context: EnlaceOperationContext = { handlesErrors: true };
const FIELDS = Object.keys(SHARED_FIELDS) as SharedFieldName[];
const SHOWN_AT_FIELD = [
  'mechanismId',
  'recipientAgencyId',
  'purposes',
  'sharedFields',
  'entrustedCriteria',
  'returnRisk',
  'riskDetails',
  'bestInterests',
];

/**
 * The solution referral step: the mechanism and, among its members, the receiving organisation; the purposes and
 * fields (the server checks consent covers them); the criteria entrusted; for a return the risk assessment of the
 * place of return; for a child the best-interests procedure and the guardian.
 */
export function SolutionReferralForm({ plan, onDone }: { plan: DurablePlanPartsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { user } = useSession();
  const options = useQuery(SolutionReferralOptionsDocument, { context });
  const [mechanismId, setMechanismId] = useState('');
  const [recipientAgencyId, setRecipientAgencyId] = useState('');
  const [purposes, setPurposes] = useState<ProtectionService[]>([]);
  const [fields, setFields] = useState<SharedFieldName[]>(['givenNames', 'familyNames', 'languages']);
  const [entrusted, setEntrusted] = useState<DurableCriterion[]>(REINTEGRATION_CRITERIA);
  const [returnRisk, setReturnRisk] = useState<ReturnRisk | ''>('');
  const [riskDetails, setRiskDetails] = useState('');
  const [informedWish, setInformedWish] = useState(false);
  const [bia, setBia] = useState({
    assessedOn: today(),
    reference: '',
    guardian: '',
    determinedOn: today(),
    roles: '',
  });
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [send, { loading }] = useMutation(SendSolutionReferralDocument, {
    context,
    refetchQueries: [DurablePlanOfSurvivorDocument],
    awaitRefetchQueries: true,
  });
  const isReturn = plan.solution === 'VOLUNTARY_RETURN';
  const needsDetermination = plan.solution !== 'LOCAL_INTEGRATION';
  const mechanisms = options.data?.mechanisms ?? [];
  const members =
    mechanisms
      .find((mechanism) => mechanism.id === mechanismId)
      ?.memberAgencies.filter((agency) => agency.id !== user?.agency.id) ?? [];
  const field = (name: string) => problems?.fields[`input.${name}`];

  const submit = async () => {
    setProblems(null);
    try {
      await send({
        variables: {
          input: {
            planId: plan.id,
            mechanismId,
            recipientAgencyId,
            purposes,
            sharedFields: fields,
            entrustedCriteria: entrusted,
            ...(isReturn ? { returnRisk: returnRisk || null, riskDetails, informedWish } : {}),
            ...(plan.survivorIsChild
              ? {
                  bestInterests: {
                    assessedOn: bia.assessedOn,
                    reference: bia.reference,
                    guardian: bia.guardian,
                    ...(needsDetermination
                      ? { determinedOn: bia.determinedOn, panelRoles: bia.roles.split('\n').filter((r) => r.trim()) }
                      : {}),
                  },
                }
              : {}),
          },
        },
      });
      onDone();
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  // Problems at a field the form shows are shown there; any other (the plan itself, a conflict) above the button.
  const elsewhere = Object.entries(problems?.fields ?? {})
    .filter(([path]) => !SHOWN_AT_FIELD.some((name) => path.startsWith(`input.${name}`)))
    .map(([, message]) => message);
  if (problems && Object.keys(problems.fields).length === 0) elsewhere.push(problems.message);

  return (
    <Stack spacing={2} component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Typography color="text.secondary">{t('durableSolutions.referral.intro')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          select
          fullWidth
          required
          label={t('durableSolutions.referral.mechanism')}
          value={mechanismId}
          onChange={(event) => (setMechanismId(event.target.value), setRecipientAgencyId(''))}
          error={!!field('mechanismId')}
          helperText={field('mechanismId')}
        >
          {mechanisms.map((mechanism) => (
            <MenuItem key={mechanism.id} value={mechanism.id}>
              {localName(mechanism.names, language)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          fullWidth
          required
          label={t('durableSolutions.referral.recipient')}
          value={recipientAgencyId}
          onChange={(event) => setRecipientAgencyId(event.target.value)}
          error={!!field('recipientAgencyId')}
          helperText={field('recipientAgencyId') ?? t('durableSolutions.referral.recipientHelp')}
          disabled={!mechanismId}
        >
          {members.map((agency) => (
            <MenuItem key={agency.id} value={agency.id}>
              {`${agency.name} (${agency.acronym}, ${agency.country.id})`}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <ChoiceList
        legend={t('durableSolutions.referral.purposes')}
        options={PURPOSES}
        chosen={purposes}
        onChange={setPurposes}
        labelOf={(value) => t(`protection.service.${value}`)}
        error={field('purposes')}
      />
      <ChoiceList
        legend={t('durableSolutions.referral.fields')}
        options={FIELDS}
        chosen={fields}
        onChange={setFields}
        labelOf={(value) => t(fieldLabelKey(value))}
        error={field('sharedFields')}
      />
      <ChoiceList
        legend={t('durableSolutions.referral.entrusted')}
        options={CRITERIA}
        chosen={entrusted}
        onChange={setEntrusted}
        labelOf={(value) => t(`durableSolutions.criterion.${value}`)}
        error={field('entrustedCriteria')}
      />
      {isReturn && (
        <FormControl component="fieldset" error={!!field('returnRisk')}>
          <FormLabel component="legend">{t('durableSolutions.referral.risk')}</FormLabel>
          <RadioGroup row value={returnRisk} onChange={(event) => setReturnRisk(event.target.value as ReturnRisk)}>
            {RETURN_RISKS.map((value) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio />}
                label={t(`durableSolutions.risk.${value}`)}
              />
            ))}
          </RadioGroup>
          {field('returnRisk') && <Alert severity="error">{field('returnRisk')}</Alert>}
        </FormControl>
      )}
      {isReturn && returnRisk && returnRisk !== 'SAFE' && (
        <TextField
          label={t('durableSolutions.referral.riskDetails')}
          value={riskDetails}
          onChange={(event) => setRiskDetails(event.target.value)}
          multiline
          minRows={2}
          required
          error={!!field('riskDetails')}
          helperText={field('riskDetails')}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
      )}
      {isReturn && returnRisk === 'NOT_SAFE' && (
        <FormControlLabel
          label={t('durableSolutions.referral.informedWish')}
          control={<Checkbox checked={informedWish} onChange={(event) => setInformedWish(event.target.checked)} />}
        />
      )}
      {plan.survivorIsChild && (
        <BestInterestsFields
          value={bia}
          onChange={setBia}
          needsDetermination={needsDetermination}
          problemOf={(name) => field(`bestInterests.${name}`)}
          missing={field('bestInterests')}
        />
      )}
      {elsewhere.length > 0 && <Alert severity="error">{elsewhere.join(' ')}</Alert>}
      <Box>
        <Button type="submit" variant="contained" disabled={loading}>
          {t('durableSolutions.referral.send')}
        </Button>
      </Box>
    </Stack>
  );
}

type BestInterests = { assessedOn: string; reference: string; guardian: string; determinedOn: string; roles: string };

/** The best-interests assessment (always, for a child), the guardian, and the panel's determination (return, relocation). */
function BestInterestsFields({
  value,
  onChange,
  needsDetermination,
  problemOf,
  missing,
}: {
  value: BestInterests;
  onChange: (value: BestInterests) => void;
  needsDetermination: boolean;
  problemOf: (name: string) => string | undefined;
  missing?: string;
}) {
  const { t } = useTranslation();
  const set = (name: keyof BestInterests) => (event: { target: { value: string } }) =>
    onChange({ ...value, [name]: event.target.value });
  const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">{t('durableSolutions.referral.bestInterests')}</FormLabel>
      <Stack spacing={2} sx={{ pt: 1 }}>
        {missing && <Alert severity="error">{missing}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            {...dateProps}
            required
            label={t('durableSolutions.referral.biaOn')}
            value={value.assessedOn}
            onChange={set('assessedOn')}
            error={!!problemOf('assessedOn')}
            helperText={problemOf('assessedOn')}
          />
          <TextField
            fullWidth
            required
            label={t('durableSolutions.referral.biaReference')}
            value={value.reference}
            onChange={set('reference')}
            error={!!problemOf('reference')}
            helperText={problemOf('reference')}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        </Stack>
        <TextField
          required
          label={t('durableSolutions.referral.guardian')}
          value={value.guardian}
          onChange={set('guardian')}
          error={!!problemOf('guardian')}
          helperText={problemOf('guardian')}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        {needsDetermination && (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              {...dateProps}
              required
              label={t('durableSolutions.referral.bidOn')}
              value={value.determinedOn}
              onChange={set('determinedOn')}
              error={!!problemOf('determinedOn')}
              helperText={problemOf('determinedOn')}
            />
            <TextField
              fullWidth
              required
              multiline
              minRows={3}
              label={t('durableSolutions.referral.panelRoles')}
              value={value.roles}
              onChange={set('roles')}
              error={!!problemOf('panelRoles')}
              helperText={problemOf('panelRoles')}
            />
          </Stack>
        )}
      </Stack>
    </FormControl>
  );
}
