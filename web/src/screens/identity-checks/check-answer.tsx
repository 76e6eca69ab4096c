import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../forms/section';
import type { CheckAnswer } from './check-form';

/**
 * What a check answered: no hit; known to an agency (whom to contact, the reference to quote, nothing of the
 * record); or a possible match to confirm with the owner before acting on it.
 */
export function CheckAnswerPanel({ answer, mechanismId }: { answer: CheckAnswer; mechanismId: string }) {
  const { t } = useTranslation();
  const severity = answer.outcome === 'NO_HIT' ? 'success' : answer.outcome === 'HIT' ? 'error' : 'warning';
  return (
    <Section title={t('checks.answer.title')}>
      <Stack spacing={1.5} aria-live="polite">
        <Alert severity={severity} variant="outlined">
          <AlertTitle>{t(`checks.outcome.${answer.outcome}`)}</AlertTitle>
          {t(`checks.answer.explain.${answer.outcome}`)}
        </Alert>
        {answer.matches.length > 0 && (
          <Stack component="ul" spacing={1} sx={{ p: 0, m: 0, listStyle: 'none' }}>
            {answer.matches.map((match) => (
              <Box
                component="li"
                key={`${match.agency.id}-${match.reference}`}
                sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
              >
                <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
                  {t('checks.answer.knownTo', { agency: match.agency.name, country: match.agency.country.id })}
                </Typography>
                <Typography>
                  {t('checks.answer.reference')}: <strong>{match.reference}</strong>
                </Typography>
                <Typography>
                  {t('checks.answer.contact')}: {match.agency.contactPoint ?? t('checks.answer.noContactPoint')}
                </Typography>
                {match.possible && (
                  <Typography color="warning.dark" sx={{ fontWeight: 500 }}>
                    {t('checks.answer.possible')}
                  </Typography>
                )}
              </Box>
            ))}
          </Stack>
        )}
        {answer.alertListHits.map((hit) => (
          <Alert key={`${hit.kind}-${hit.reference}`} severity="error" variant="outlined">
            <AlertTitle>{t(`checks.alertKind.${hit.kind}`, { defaultValue: hit.kind })}</AlertTitle>
            {t('checks.answer.alertList', {
              country: hit.issuingCountryCode,
              reference: hit.reference,
              desk: hit.contactDesk,
            })}
          </Alert>
        ))}
        {answer.alertListReached === false && <Alert severity="info">{t('checks.answer.alertListUnreached')}</Alert>}
        {answer.matches.length > 0 && (
          <Box>
            <Button component={Link} to={`/coordination/mechanisms/${mechanismId}/roster`} variant="outlined">
              {t('checks.answer.roster')}
            </Button>
          </Box>
        )}
        <Typography variant="body2" color="text.secondary">
          {t('checks.answer.recorded')}
        </Typography>
      </Stack>
    </Section>
  );
}
