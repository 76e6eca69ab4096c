import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../dates/format-date-time';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { definitionList, Section } from './detail-parts';

type Referral = ReferralDetailFieldsFragment;

function useWhen() {
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, timeZone) : '—');
}

/** When it was sent and by when the receiving agency must acknowledge and answer; why it ended, if it did. */
export function ReferralDeadlines({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <Section title={t('referrals.detail.deadlines')}>
      {/* In the narrow right column: each term above its date, so a date is never broken over four lines. */}
      <Box component="dl" sx={{ ...definitionList, gridTemplateColumns: '1fr', '& dd': { m: 0, mb: 1 } }}>
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
    </Section>
  );
}

/** Every step taken, oldest first. */
export function ReferralTimeline({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
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
  );
}
