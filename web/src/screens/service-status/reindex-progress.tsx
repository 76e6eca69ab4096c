import { useQuery } from '@apollo/client/react';
import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../dates/format-date-time';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { IdentityReindexRunsDocument } from './reindex-runs.generated';

/**
 * Re-indexing of identity records after a mechanism's check key rotated (a background job): how far each run is,
 * in counts only. Polled while a run is going.
 */
export function ReindexProgress() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { data, error } = useQuery(IdentityReindexRunsDocument, { context: { handlesErrors: true } });
  const runs = data?.identityReindexRuns ?? [];
  const running = runs.some((run) => run.status === 'RUNNING');
  useQuery(IdentityReindexRunsDocument, { skip: !running, pollInterval: 5000, context: { handlesErrors: true } });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('home.reindex.title')}
        </Typography>
        {error && <Alert severity="error">{t('home.reindex.error')}</Alert>}
        {data && runs.length === 0 && <Typography color="text.secondary">{t('home.reindex.none')}</Typography>}
        <Stack component="ul" spacing={2} sx={{ p: 0, m: 0, listStyle: 'none' }}>
          {runs.map((run) => {
            const reindexable = Math.max(run.total - run.notReindexable, 0);
            const percent = reindexable === 0 ? 100 : Math.round((100 * run.done) / reindexable);
            const name = run.mechanism.names[language] ?? run.mechanism.names.es;
            return (
              <Box component="li" key={run.id}>
                <Typography sx={{ fontWeight: 600 }}>
                  {t('home.reindex.run', { mechanism: name, version: run.targetVersion })} ·{' '}
                  {t(`home.reindex.status.${run.status}`)}
                </Typography>
                <LinearProgress
                  variant="determinate"
                  value={Math.min(percent, 100)}
                  aria-label={t('home.reindex.progressLabel', { mechanism: name })}
                  sx={{ my: 0.75, height: 8, borderRadius: 1 }}
                />
                <Typography variant="body2" color="text.secondary">
                  {t('home.reindex.counts', { done: run.done, total: reindexable, legacy: run.notReindexable })} ·{' '}
                  {formatDateTime(run.startedAt as string, language, timeZone)}
                </Typography>
              </Box>
            );
          })}
        </Stack>
      </CardContent>
    </Card>
  );
}
