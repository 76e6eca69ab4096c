import { useQuery } from '@apollo/client/react';
import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateCheckError } from './check-errors';
import { CheckAnswerPanel } from './check-answer';
import { CheckForm, type CheckAnswer } from './check-form';
import { CheckLog } from './check-log';
import { CheckMechanismsDocument } from './identity-checks.generated';

/**
 * Hit/no-hit checks for a liaison officer at a border post (docs/federation.md): the check, its answer (whom to
 * contact, never what they know), and the log of other agencies' checks against the user's agency's records.
 */
export function IdentityChecksScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CheckMechanismsDocument, { context: { handlesErrors: true } });
  const [answer, setAnswer] = useState<{ answer: CheckAnswer; mechanismId: string } | null>(null);
  const [checks, setChecks] = useState(0);
  const mechanisms = data?.mechanisms ?? [];
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 900 }}>
      <header>
        <Typography variant="h1">{t('checks.title')}</Typography>
        <Typography color="text.secondary">{t('checks.intro')}</Typography>
      </header>
      {loading && !data && <LinearProgress aria-label={t('checks.loading')} />}
      {error && <Alert severity="error">{translateCheckError(error, t).message}</Alert>}
      {data && mechanisms.length === 0 && <Alert severity="info">{t('checks.noMechanism')}</Alert>}
      {mechanisms.length > 0 && (
        <CheckForm
          mechanisms={mechanisms}
          onAnswer={(given, mechanismId) => {
            setAnswer({ answer: given, mechanismId });
            setChecks((count) => count + 1);
          }}
        />
      )}
      {answer && <CheckAnswerPanel answer={answer.answer} mechanismId={answer.mechanismId} />}
      <CheckLog refreshKey={checks} />
    </Stack>
  );
}
