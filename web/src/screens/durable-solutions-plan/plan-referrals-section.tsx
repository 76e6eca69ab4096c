import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Checkbox, Chip, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ApiErrorMessage } from '../../api/translate-api-error';
import { Section } from '../../forms/section';
import type { DurablePlanPartsFragment, SolutionReferralPartsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { formatLocalDate, localName } from '../referral-inbox/referral-common';
import {
  CloseSolutionReferralDocument,
  ConfirmSolutionReferralDocument,
  DurablePlanOfSurvivorDocument,
  RecordHandOverDocument,
} from '../durable-solutions-common/durable-solutions.operations';
import { referralDateLine, today, translateDurableError } from '../durable-solutions-common/durable-solutions-terms';
import { SolutionReferralForm } from './solution-referral-form';
import { DateField } from '../../ui/date-field';

const context: EnlaceOperationContext = { handlesErrors: true };
const refetch = { context, refetchQueries: [DurablePlanOfSurvivorDocument], awaitRefetchQueries: true };
const ACTIVE = ['AWAITING_CONFIRMATION', 'SENT', 'ACCEPTED', 'HANDED_OVER'];
type Referral = SolutionReferralPartsFragment;

/** The plan's referrals for a solution with their status (the sender's view), and the step to send one. */
export function PlanReferralsSection({ plan }: { plan: DurablePlanPartsFragment }) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const [notice, setNotice] = useState('');
  const mayRefer =
    plan.status === 'OPEN' &&
    plan.myActions.includes('update') &&
    !plan.referrals.some((referral) => ACTIVE.includes(referral.status));
  return (
    <Section title={t('durableSolutions.referral.title')}>
      <Stack spacing={2}>
        {notice && <Alert severity="success">{notice}</Alert>}
        {plan.referrals.length === 0 && !writing && (
          <Typography color="text.secondary">{t('durableSolutions.referral.none')}</Typography>
        )}
        {plan.referrals.map((referral) => (
          <ReferralStatus key={referral.id} referral={referral} />
        ))}
        {mayRefer && !writing && (
          <Box>
            <Button variant="outlined" onClick={() => (setWriting(true), setNotice(''))}>
              {t('durableSolutions.referral.start')}
            </Button>
          </Box>
        )}
        {writing && (
          <SolutionReferralForm
            plan={plan}
            onDone={() => (setWriting(false), setNotice(t('durableSolutions.referral.sent')))}
          />
        )}
      </Stack>
    </Section>
  );
}

/** One referral as its sender follows it, with what the caller may do now (confirm, hand over, close). */
export function ReferralStatus({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [close, closing] = useMutation(CloseSolutionReferralDocument, refetch);
  const attempt = async (work: () => Promise<unknown>) => {
    setProblems(null);
    try {
      await work();
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  const criteria = referral.entrustedCriteria.map((value) => t(`durableSolutions.criterion.${value}`)).join(', ');
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
      <Stack spacing={0.75}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography sx={{ fontWeight: 600 }}>
            {t('durableSolutions.referral.to', {
              agency: referral.recipientAgency.name,
              mechanism: localName(referral.mechanism.names, language),
            })}
          </Typography>
          <Chip
            size="small"
            label={t(`durableSolutions.referralStatus.${referral.status}`)}
            color={referral.status === 'DECLINED' ? 'error' : referral.status === 'SENT' ? 'default' : 'primary'}
          />
          <Chip size="small" variant="outlined" label={t(`durableSolutions.destination.${referral.destination}`)} />
          {referral.returnRisk && (
            <Chip size="small" variant="outlined" label={t(`durableSolutions.risk.${referral.returnRisk}`)} />
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {[
            referralDateLine(referral, t, language, timeZone),
            referral.riskDetails,
            referral.handedOverOn &&
              `${t('durableSolutions.referralStatus.HANDED_OVER')}: ${formatLocalDate(referral.handedOverOn, language) || referral.handedOverOn}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        <Typography variant="body2">{t('durableSolutions.referral.entrustedList', { list: criteria })}</Typography>
        {referral.bestInterestsAssessedOn && (
          <Typography variant="body2">
            {t('durableSolutions.referral.bestInterestsLine', {
              bia: referral.bestInterestsAssessedOn,
              reference: referral.bestInterestsReference,
              guardian: referral.guardian,
            })}
            {referral.bestInterestsDeterminedOn &&
              ` · ${t('durableSolutions.referral.determinationLine', {
                bid: referral.bestInterestsDeterminedOn,
                roles: (referral.determinationPanelRoles ?? []).join(', '),
              })}`}
          </Typography>
        )}
        {referral.declineReason && (
          <Typography variant="body2">
            {t('durableSolutions.referral.declined', { reason: referral.declineReason })}
          </Typography>
        )}
        {referral.myActions.includes('confirm') && <ConfirmBox referral={referral} />}
        {referral.myActions.includes('handOver') && <HandOverForm referral={referral} />}
        {problems && <Alert severity="error">{problems.message}</Alert>}
        {referral.myActions.includes('close') && (
          <Box>
            <Button
              size="small"
              disabled={closing.loading}
              onClick={() => void attempt(() => close({ variables: { id: referral.id } }))}
            >
              {t('durableSolutions.referral.close')}
            </Button>
          </Box>
        )}
      </Stack>
    </Box>
  );
}

/** The holding supervisor confirms a return the person wishes despite the risk, or stops it with a reason. */
function ConfirmBox({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [confirm, { loading }] = useMutation(ConfirmSolutionReferralDocument, refetch);
  const decide = async (yes: boolean) => {
    setProblems(null);
    try {
      await confirm({ variables: { input: { referralId: referral.id, confirm: yes, reason: yes ? null : reason } } });
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  return (
    <Stack spacing={1.5} sx={{ pt: 1 }}>
      <Alert severity="warning">{t('durableSolutions.referral.confirmIntro')}</Alert>
      {referral.personWishes && (
        <Box component="figure" sx={{ m: 0 }}>
          <Typography component="figcaption" variant="body2" color="text.secondary">
            {t('durableSolutions.referral.personWishes')}
          </Typography>
          <Typography component="blockquote" sx={{ m: 0, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}>
            {referral.personWishes}
          </Typography>
        </Box>
      )}
      <TextField
        label={t('durableSolutions.referral.stopReason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        multiline
        minRows={2}
        error={!!problems?.fields['input.reason']}
        helperText={problems?.fields['input.reason']}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
      {problems && !problems.fields['input.reason'] && <Alert severity="error">{problems.message}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={loading} onClick={() => void decide(true)}>
          {t('durableSolutions.referral.confirm')}
        </Button>
        <Button color="error" disabled={loading} onClick={() => void decide(false)}>
          {t('durableSolutions.referral.stop')}
        </Button>
      </Stack>
    </Stack>
  );
}

/** The plan's owner records the return or arrival: the follow-ups at 3, 6 and 12 months are scheduled. */
function HandOverForm({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [arrivedOn, setArrivedOn] = useState(today);
  const [lead, setLead] = useState(true);
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [handOver, { loading }] = useMutation(RecordHandOverDocument, refetch);
  const submit = async () => {
    setProblems(null);
    try {
      await handOver({ variables: { input: { referralId: referral.id, arrivedOn, leadToRecipient: lead } } });
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ pt: 1, alignItems: { md: 'center' } }}>
      <DateField
        label={t('durableSolutions.referral.arrivedOn')}
        value={arrivedOn}
        onChange={(day) => setArrivedOn(day)}
        error={!!problems}
        helperText={problems?.fields['input.arrivedOn'] ?? problems?.message}
      />
      <FormControlLabel
        label={t('durableSolutions.referral.leadToRecipient')}
        control={<Checkbox checked={lead} onChange={(event) => setLead(event.target.checked)} />}
      />
      <Box>
        <Button variant="contained" disabled={loading} onClick={() => void submit()}>
          {t('durableSolutions.referral.handOver')}
        </Button>
      </Box>
    </Stack>
  );
}
