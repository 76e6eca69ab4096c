import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import type { ServiceReferralQuery, ServiceReferralStep } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { ProtectionPage } from '../protection-common/protection-page';
import { translateProtectionError } from '../protection-common/protection-terms';
import { ServiceReferralFlags } from '../protection-common/service-referral-table';
import {
  ServiceReferralDocument,
  StepServiceReferralDocument,
} from '../protection-common/service-referrals.operations';
import { SHARED_FIELDS } from '../protection-common/service-terms';
import { ReferredSurvivorView } from './referred-survivor-view';
import { ServiceReferralConversation, useServiceReferralEvents } from './service-referral-conversation';

const context: EnlaceOperationContext = { handlesErrors: true };
type Referral = ServiceReferralQuery['serviceReferral'];

/**
 * One referral to a service. The provider reads the person through the referral (the shared fields only, asked
 * anew on every visit: nothing is cached) and accepts, declines or reports delivery; the referring agency follows
 * its status and closes it. Once consent is withdrawn, the provider keeps the code and the history, nothing more.
 */
export function ServiceReferralScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const allowed = useAbility<AnyMongoAbility>().can('read', 'ServiceReferral');
  const { data, loading, error, refetch } = useQuery(ServiceReferralDocument, {
    context,
    skip: !allowed,
    variables: { id },
    fetchPolicy: 'no-cache',
  });
  const referral = data?.serviceReferral;
  const provider = !!referral && referral.recipientAgency.id === user?.agency?.id;
  // A step taken by the other side (or consent withdrawn) shows without a reload.
  useServiceReferralEvents((changed) => {
    if (allowed && (changed === null || changed === id)) void refetch();
  });
  return (
    <ProtectionPage
      title={
        referral ? t('protection.referral.detailTitle', { code: referral.survivorCode }) : t('nav.serviceReferral')
      }
      allowed={allowed}
    >
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {referral && (
        <>
          <ReferralSection referral={referral} onChanged={() => void refetch()} />
          <Section title={t('protection.referral.person')}>
            {provider ? (
              <ReferredSurvivorView survivor={referral.survivor} />
            ) : (
              <SharedFieldsSummary referral={referral} />
            )}
          </Section>
          <ServiceReferralConversation referral={referral} provider={provider} />
        </>
      )}
    </ProtectionPage>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="div">{children}</Typography>
    </Box>
  );
}

function ReferralSection({ referral, onChanged }: { referral: Referral; onChanged: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const [asking, setAsking] = useState<ServiceReferralStep>();
  const [step, { loading }] = useMutation(StepServiceReferralDocument, { context });
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, timeZone) : '—');
  const take = async (chosen: ServiceReferralStep, text?: string) => {
    try {
      await step({ variables: { input: { referralId: referral.id, step: chosen, text: text || null } } });
      showNotice(t(`protection.referral.stepDone.${chosen}`), 'success');
      setAsking(undefined);
      onChanged();
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      showNotice(Object.values(message.fields)[0] ?? message.message, 'error');
    }
  };
  return (
    <Section title={t('protection.referral.referral')}>
      <Stack spacing={2}>
        <ServiceReferralFlags referral={referral} />
        {referral.consentWithdrawnAt && (
          <Alert severity="warning">
            {t('protection.referral.consentWithdrawnOn', { when: when(referral.consentWithdrawnAt) })}
          </Alert>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Fact label={t('protection.referral.purpose')}>
            {t(`protection.service.${referral.service}`)}
            {referral.directoryService && ` — ${referral.directoryService.name}`}
          </Fact>
          <Fact label={t('protection.referral.urgency')}>{t(`protection.urgency.${referral.urgency}`)}</Fact>
          <Fact label={t('protection.referral.from')}>
            {referral.holdingAgency.acronym} · {referral.holdingAgency.name}
          </Fact>
          <Fact label={t('protection.referral.to')}>
            {referral.recipientAgency.acronym} · {referral.recipientAgency.name}
          </Fact>
          <Fact label={t('protection.referral.sentAt')}>{when(referral.sentAt)}</Fact>
          <Fact label={t('protection.referral.respondBy')}>{when(referral.respondBy)}</Fact>
          <Fact label={t('protection.referral.deliverBy')}>{when(referral.deliverBy)}</Fact>
        </Stack>
        {referral.declineReason && <Fact label={t('protection.referral.declineReason')}>{referral.declineReason}</Fact>}
        {referral.outcome && <Fact label={t('protection.referral.outcome')}>{referral.outcome}</Fact>}
        {referral.availableActions.length > 0 && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {referral.availableActions.map((action) => (
              <Button
                key={action}
                variant={action === 'ACCEPT' || action === 'DELIVER' ? 'contained' : 'outlined'}
                disabled={loading}
                onClick={() => (action === 'ACCEPT' ? void take(action) : setAsking(action))}
              >
                {t(`protection.referral.step.${action}`)}
              </Button>
            ))}
          </Stack>
        )}
      </Stack>
      {asking && (
        <StepDialog
          step={asking}
          code={referral.survivorCode}
          busy={loading}
          onCancel={() => setAsking(undefined)}
          onConfirm={(text) => void take(asking, text)}
        />
      )}
    </Section>
  );
}

/** Decline needs a reason; delivery and closing take an outcome. */
function StepDialog({
  step,
  code,
  busy,
  onCancel,
  onConfirm,
}: {
  step: ServiceReferralStep;
  code: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const required = step === 'DECLINE';
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>{t(`protection.referral.stepTitle.${step}`, { code })}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          required={required}
          label={required ? t('protection.referral.declineReason') : t('protection.referral.outcome')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('protection.cancel')}</Button>
        <Button
          variant="contained"
          disabled={busy || (required && !text.trim())}
          onClick={() => onConfirm(text.trim())}
        >
          {t(`protection.referral.step.${step}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The referring agency's view: which fields the provider may read, and whether it still may. */
function SharedFieldsSummary({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const fields = SHARED_FIELDS.filter(({ field }) => referral.sharedFields.includes(field));
  return (
    <Stack spacing={1}>
      <Typography>
        {t('protection.referral.providerReads', { agency: referral.recipientAgency.acronym })}{' '}
        {fields.map(({ field }) => t(`protection.field.${field}`)).join(', ')}
      </Typography>
      <Typography color="text.secondary">
        {referral.sharingInForce ? t('protection.referral.sharingInForce') : t('protection.referral.sharingStopped')}
      </Typography>
    </Stack>
  );
}
