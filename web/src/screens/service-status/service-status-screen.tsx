import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../app/refusal';
import { formatDateTime } from '../../dates/format-date-time';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { ServiceStatusDocument } from './service-status.generated';
import { ReindexProgress } from './reindex-progress';

/**
 * The service's status (`/status`): is Enlace up, which build, which countries are on the network. For the
 * platform's operators, not a public page: the build and database version are of no use to a visitor and of use
 * to an attacker. Probes use the HTTP health endpoints, not this page.
 */
export function ServiceStatusScreen() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user?.roles.includes('PLATFORM_ADMIN'))
    return (
      <Stack spacing={2.5} sx={{ maxWidth: 760 }}>
        <Typography variant="h1">{t('home.title')}</Typography>
        <Refusal reason={t('home.forbidden')} />
      </Stack>
    );
  return <ServiceStatus />;
}

/** The first question of an officer on a bad line, before signing in: is Enlace up. */
function ServiceStatus() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { data, error, loading } = useQuery(ServiceStatusDocument);

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Box>
        <Typography variant="h1" gutterBottom>
          {t('home.title')}
        </Typography>
        <Typography color="text.secondary">{t('app.tagline')}</Typography>
      </Box>
      <Card variant="outlined">
        <CardContent>
          <Box role="status" aria-live="polite" data-testid="service-status">
            {loading && !data && <Typography>{t('home.checking')}</Typography>}
            {error && !data && <Alert severity="error">{t('home.unreachable')}</Alert>}
            {data && (
              <Stack spacing={2}>
                <Chip
                  icon={<CheckCircleIcon />}
                  color="success"
                  label={t('home.online')}
                  sx={{ alignSelf: 'flex-start' }}
                />
                <Box component="dl" sx={definitionListStyle}>
                  <dt>{t('home.version')}</dt>
                  <dd>{data.health.version}</dd>
                  <dt>{t('home.database')}</dt>
                  <dd>{data.health.database}</dd>
                  <dt>{t('home.serverTime')}</dt>
                  <dd>{formatDateTime(data.health.databaseTime, language, timeZone)}</dd>
                </Box>
              </Stack>
            )}
          </Box>
        </CardContent>
      </Card>
      {data && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h2" gutterBottom>
              {t('home.network')}
            </Typography>
            <Typography color="text.secondary">{t('home.countries', { count: data.countries.length })}</Typography>
            <Stack
              direction="row"
              useFlexGap
              spacing={1}
              sx={{ flexWrap: 'wrap', mt: data.countries.length ? 1.5 : 0 }}
            >
              {data.countries.map((country) => (
                <Chip key={country.id} variant="outlined" label={country.names[language] ?? country.names.es} />
              ))}
            </Stack>
          </CardContent>
        </Card>
      )}
      {data && <ReindexProgress />}
    </Stack>
  );
}

const definitionListStyle = {
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: 3,
  rowGap: 1,
  m: 0,
  '& dt': { color: 'text.secondary' },
  '& dd': { m: 0, overflowWrap: 'anywhere' },
} as const;
