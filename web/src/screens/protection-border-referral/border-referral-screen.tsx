import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Alert, Box, Button, Chip, LinearProgress, Link, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import type { ProtectionReferralQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { ProtectionPage } from '../protection-common/protection-page';
import { translateProtectionError } from '../protection-common/protection-terms';
import { AnswerProtectionReferralDocument, ProtectionReferralDocument } from './border-referral.operations';
import { borderStatusColor } from './border-referrals-screen';

const context: EnlaceOperationContext = { handlesErrors: true };
type Referral = NonNullable<ProtectionReferralQuery['protectionReferral']>;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography>{children}</Typography>
    </Box>
  );
}

/**
 * One referral to protection. The receiving agency reads what the border post sent (each read audited) and
 * accepts — a survivor record opens in its caseload — or declines with a reason; the sender sees where it stands.
 */
export function BorderReferralScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'ProtectionReferral');
  const { data, loading, error, refetch } = useQuery(ProtectionReferralDocument, {
    context,
    skip: !allowed,
    variables: { id },
    fetchPolicy: 'no-cache',
  });
  const referral = data?.protectionReferral;
  return (
    <ProtectionPage title={referral?.code ?? t('nav.protectionReferral')} allowed={allowed}>
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {data && !referral && <Alert severity="warning">{t('protection.borderReferral.notFound')}</Alert>}
      {referral && <ReferralView referral={referral} onAnswered={() => void refetch()} />}
    </ProtectionPage>
  );
}

function ReferralView({ referral, onAnswered }: { referral: Referral; onAnswered: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { person, screening, consent } = referral;
  const list = (values: readonly string[]) => (values.length ? values.join(', ') : '—');
  return (
    <Stack spacing={3}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Fact label={t('protection.caseload.status')}>
          <Chip
            size="small"
            color={borderStatusColor(referral.status)}
            label={t(`protection.borderReferral.status.${referral.status}`)}
          />
        </Fact>
        <Fact label={t('protection.referral.from')}>{referral.senderAgency.name}</Fact>
        <Fact label={t('protection.referral.to')}>{referral.recipientAgency.name}</Fact>
        <Fact label={t('protection.borderReferral.sentOn')}>{formatDateTime(referral.sentAt, language, timeZone)}</Fact>
        {referral.survivorCode && (
          <Fact label={t('protection.survivor.code')}>
            {person ? (
              <Link component={RouterLink} to="/protection/caseload">
                {referral.survivorCode}
              </Link>
            ) : (
              referral.survivorCode
            )}
          </Fact>
        )}
      </Stack>
      {referral.declineReason && (
        <Alert severity="info">
          {t('protection.borderReferral.declinedBecause', { reason: referral.declineReason })}
        </Alert>
      )}
      {!person && <Alert severity="info">{t('protection.borderReferral.senderSees')}</Alert>}
      {person && (
        <Section title={t('protection.borderReferral.person')}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Fact label={t('protection.field.givenNames')}>{person.givenNames ?? '—'}</Fact>
            <Fact label={t('protection.field.familyNames')}>{person.familyNames ?? '—'}</Fact>
            <Fact label={t('protection.field.estimatedAge')}>{person.estimatedAge}</Fact>
            <Fact label={t('protection.field.sex')}>{person.sex ? t(`protection.sex.${person.sex}`) : '—'}</Fact>
            <Fact label={t('protection.field.nationality')}>{person.nationality ?? '—'}</Fact>
            <Fact label={t('protection.field.languages')}>{list(person.languages)}</Fact>
            <Fact label={t('protection.borderReferral.whereNow')}>{person.currentLocation}</Fact>
            <Fact label={t('protection.borderReferral.phone')}>{person.phone ?? '—'}</Fact>
          </Stack>
          {referral.note && (
            <Typography sx={{ mt: 2 }}>
              {t('protection.borderReferral.note')}: {referral.note}
            </Typography>
          )}
        </Section>
      )}
      {screening && (
        <Section title={t('protection.screening.title')}>
          <Stack spacing={1}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Chip
                size="small"
                color={screening.level === 'HIGH' ? 'error' : 'default'}
                label={t(`protection.screening.level.${screening.level}`)}
              />
              <Typography>{screening.place}</Typography>
            </Stack>
            <Typography>{screening.conclusionNotes}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('protection.borderReferral.indicatorsYes')}
            </Typography>
            <Box component="ul" sx={{ m: 0 }}>
              {screening.answers
                .filter((answer) => answer.answer === 'YES')
                .map((answer) => (
                  <li key={answer.indicator}>{t(`protection.screening.indicator.${answer.indicator}`)}</li>
                ))}
            </Box>
          </Stack>
        </Section>
      )}
      {consent && (
        <Section title={t('protection.borderReferral.consentTitle')}>
          <Typography>
            {t(`protection.consent.method.${consent.method}`)} · {t(`protection.consent.givenBy.${consent.givenBy}`)} ·{' '}
            {t('protection.consent.textVersion', { language: consent.language, version: consent.textVersion })}
            {consent.witness && ` · ${t('protection.consent.witness')}: ${consent.witness}`}
            {consent.guardian && ` · ${t('protection.consent.guardian')}: ${consent.guardian}`}
          </Typography>
        </Section>
      )}
      {referral.availableActions.length > 0 && <Answer referral={referral} onAnswered={onAnswered} />}
    </Stack>
  );
}

function Answer({ referral, onAnswered }: { referral: Referral; onAnswered: () => void }) {
  const { t } = useTranslation();
  const [answer, { loading }] = useMutation(AnswerProtectionReferralDocument, { context, fetchPolicy: 'no-cache' });
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const run = async (kind: 'ACCEPT' | 'DECLINE') => {
    setProblem(undefined);
    try {
      const done = await answer({
        variables: { id: referral.id, answer: kind, reason: kind === 'DECLINE' ? reason : null },
      });
      const code = done.data?.answerProtectionReferral.survivorCode;
      showNotice(
        kind === 'ACCEPT' ? t('protection.borderReferral.accepted', { code }) : t('protection.borderReferral.declined'),
        'success',
      );
      onAnswered();
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      setProblem(Object.values(message.fields)[0] ?? message.message);
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Typography>{t('protection.borderReferral.answerIntro')}</Typography>
        {problem && <Alert severity="error">{problem}</Alert>}
        {declining && (
          <TextField
            label={t('protection.borderReferral.declineReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 1000 } }}
          />
        )}
        <Stack direction="row" spacing={1}>
          {!declining && referral.availableActions.includes('ACCEPT') && (
            <Button variant="contained" disabled={loading} onClick={() => void run('ACCEPT')}>
              {t('protection.borderReferral.accept')}
            </Button>
          )}
          {referral.availableActions.includes('DECLINE') &&
            (declining ? (
              <Button variant="outlined" disabled={loading} onClick={() => void run('DECLINE')}>
                {t('protection.borderReferral.confirmDecline')}
              </Button>
            ) : (
              <Button onClick={() => setDeclining(true)}>{t('protection.borderReferral.decline')}</Button>
            ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
