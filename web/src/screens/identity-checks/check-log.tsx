import { useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { localName } from '../referral-inbox/referral-common';
import { translateCheckError } from './check-errors';
import { IdentityCheckLogDocument } from './identity-checks.generated';

/** The data owner's log: who (which agency) checked something the user's agency registered, when, why. */
export function CheckLog({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { data, loading, error, refetch } = useQuery(IdentityCheckLogDocument, {
    context: { handlesErrors: true },
    fetchPolicy: 'cache-and-network',
  });
  // A check of one's own agency's record shows up here too: read the log again after each check.
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);
  const notices = data?.identityCheckLog ?? [];
  return (
    <Section title={t('checks.log.title')}>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('checks.log.intro')}
      </Typography>
      {loading && !data && <LinearProgress aria-label={t('checks.loading')} />}
      {error && <Alert severity="error">{translateCheckError(error, t).message}</Alert>}
      {data && notices.length === 0 && <Typography>{t('checks.log.empty')}</Typography>}
      <Stack component="ul" spacing={1} sx={{ p: 0, m: 0, listStyle: 'none' }}>
        {notices.map((notice) => (
          <Box component="li" key={notice.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
              <Typography component="h3" sx={{ fontWeight: 600 }}>
                {t('checks.log.askedBy', {
                  agency: notice.askedByAgency.acronym,
                  country: notice.askedByAgency.country.id,
                })}
              </Typography>
              <Chip size="small" variant="outlined" label={t(`checks.outcome.${notice.outcome}`)} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {formatDateTime(notice.checkedAt as string, language, timeZone)} ·{' '}
              {localName(notice.mechanism.names as never, language)}
            </Typography>
            <Typography>
              {t('checks.log.purpose')}: {notice.purpose}
            </Typography>
            <Typography>
              {t('checks.log.references')}: <strong>{notice.references.join(', ')}</strong>
            </Typography>
          </Box>
        ))}
      </Stack>
    </Section>
  );
}
