import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import { type ReferralDetailFieldsFragment } from '../../gql/graphql';
import { ReferralDetailDocument } from './referral-detail.generated';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import {
  formatLocalDate,
  isNotFound,
  localName,
  StatusChip,
  translateReferralError,
  UrgencyChip,
} from '../referral-inbox/referral-common';
import { useReferralEvents } from '../referral-inbox/use-referral-events';
import { context, definitionList, PersonsTable, Section } from './detail-parts';
import { ReferralActions } from './referral-actions';
import { ReferralAssignment } from './referral-assignment';
import { Conversation } from './referral-conversation';
import { ReferralForwards } from './referral-forwards';
import { OnDutyContacts } from './on-duty-contacts';

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One referral: header, parties, the case, persons involved, history, the steps open now, and the conversation. */
export function ReferralDetailScreen() {
  const { id = '' } = useParams();
  // A malformed address is a link cut short: the same page as a referral the caller may not read.
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <ReferralDetail id={id} />;
}

function ReferralDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReferralDetailDocument, { variables: { id }, context });
  // Whatever the other agency does to this referral shows up without a reload.
  useReferralEvents((referralId) => {
    if (referralId === null || referralId === id) void refetch();
  });
  if (isNotFound(error)) return <NotFoundScreen />;
  if (loading && !data) return <LinearProgress aria-label={t('referrals.detail.loading')} />;
  if (!data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t('referrals.retry')}
          </Button>
        }
      >
        {translateReferralError(error, t)}
      </Alert>
    );
  }
  return <ReferralView referral={data.referral} />;
}

function ReferralView({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone, user } = useSession();
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, timeZone) : '—');
  // Back to the list the referral came from: outbox, inbox, or (for a forward recipient) forwarded to us.
  const backTo =
    user?.agency.id === referral.sendingAgency.id
      ? '/referrals/outbox'
      : user?.agency.id === referral.receivingAgency.id
        ? '/referrals/inbox'
        : '/referrals/forwarded';
  const agencyLine = (agency: ReferralDetailFieldsFragment['sendingAgency']) =>
    `${agency.name} (${agency.acronym}) · ${localName(agency.country.names, language)}`;

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Box>
        <Button component={Link} to={backTo} startIcon={<ArrowBackIcon />} size="small">
          {t('referrals.detail.back')}
        </Button>
      </Box>
      <Box component="header">
        <Typography color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {referral.reference ?? t('referrals.detail.unsentReference')}
        </Typography>
        <Typography variant="h1" sx={{ mb: 1 }}>
          {referral.title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <StatusChip status={referral.status} />
          <UrgencyChip urgency={referral.urgency} />
          {referral.overdue && (
            <Chip size="small" color="error" icon={<WarningIcon />} label={t('referrals.overdue')} />
          )}
          <Typography variant="body2" color="text.secondary">
            {t(`referrals.category.${referral.category}`)}
          </Typography>
        </Stack>
        <Box component="dl" sx={{ ...definitionList, mt: 2 }}>
          <dt>{t('referrals.fields.sentAt')}</dt>
          <dd>{when(referral.sentAt)}</dd>
          <dt>{t('referrals.fields.acknowledgeBy')}</dt>
          <dd>{when(referral.acknowledgeBy)}</dd>
          <dt>{t('referrals.fields.answerBy')}</dt>
          <dd>{when(referral.answerBy)}</dd>
          {referral.statusReason && (
            <>
              <dt>{t('referrals.fields.statusReason')}</dt>
              <dd>{referral.statusReason}</dd>
            </>
          )}
          {referral.outcome && (
            <>
              <dt>{t('referrals.fields.outcome')}</dt>
              <dd>{t(`referrals.outcome.${referral.outcome}`)}</dd>
            </>
          )}
        </Box>
      </Box>

      {referral.status !== 'DRAFT' && <ReferralAssignment referral={referral} />}
      <ReferralActions referral={referral} />

      {referral.urgency === 'IMMEDIATE' && user?.agency.id !== referral.receivingAgency.id && (
        <OnDutyContacts mechanismId={referral.mechanism.id} agency={referral.receivingAgency} />
      )}

      <Section title={t('referrals.detail.parties')}>
        <Box component="dl" sx={definitionList}>
          <dt>{t('referrals.detail.sender')}</dt>
          <dd>{agencyLine(referral.sendingAgency)}</dd>
          <dt>{t('referrals.detail.receiver')}</dt>
          <dd>{agencyLine(referral.receivingAgency)}</dd>
          <dt>{t('referrals.fields.mechanism')}</dt>
          <dd>{localName(referral.mechanism.names, language)}</dd>
          {referral.crossingPoint && (
            <>
              <dt>{t('referrals.fields.crossingPoint')}</dt>
              <dd>{referral.crossingPoint.name}</dd>
            </>
          )}
        </Box>
      </Section>

      <Section title={t('referrals.detail.case')}>
        <Typography sx={{ whiteSpace: 'pre-wrap', mb: 2 }}>{referral.narrative}</Typography>
        <Box component="dl" sx={definitionList}>
          <dt>{t('referrals.fields.incidentDate')}</dt>
          <dd>{formatLocalDate(referral.incidentDate, language) || '—'}</dd>
          {referral.placeDescription && (
            <>
              <dt>{t('referrals.fields.placeDescription')}</dt>
              <dd>{referral.placeDescription}</dd>
            </>
          )}
          <dt>{t('referrals.fields.handlingCode')}</dt>
          <dd>{t(`referrals.handlingCode.${referral.handlingCode}`)}</dd>
          <dt>{t('referrals.fields.sourceReliability')}</dt>
          <dd>{t(`referrals.sourceReliability.${referral.sourceReliability}`)}</dd>
          <dt>{t('referrals.fields.informationAccuracy')}</dt>
          <dd>{t(`referrals.informationAccuracy.${referral.informationAccuracy}`)}</dd>
        </Box>
      </Section>

      <Section title={t('referrals.detail.persons')}>
        <PersonsTable persons={referral.persons} />
      </Section>

      <Section title={t('referrals.detail.timeline')}>
        {referral.history.length === 0 ? (
          <Typography color="text.secondary">{t('referrals.detail.noHistory')}</Typography>
        ) : (
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {referral.history.map((step) => (
              <Box component="li" key={step.id} sx={{ mb: 1.5 }}>
                <Typography sx={{ fontWeight: 600 }}>
                  {t(`referrals.step.${step.action}`, {
                    agency: step.byAgency.acronym,
                    defaultValue: t('referrals.step.other', { action: step.action, agency: step.byAgency.acronym }),
                  })}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {when(step.at)}
                </Typography>
                {step.reason && <Typography variant="body2">{step.reason}</Typography>}
                {step.outcome && <Typography variant="body2">{t(`referrals.outcome.${step.outcome}`)}</Typography>}
                {step.comment && <Typography variant="body2">{step.comment}</Typography>}
              </Box>
            ))}
          </Box>
        )}
      </Section>

      {referral.status !== 'DRAFT' && <ReferralForwards referral={referral} />}
      {referral.status !== 'DRAFT' && <Conversation referral={referral} />}
    </Stack>
  );
}
