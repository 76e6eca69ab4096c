import { Alert, Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * Shown instead of a screen that threw. A chunk that failed to download (common on a dropping connection) gets
 * its own explanation, since reloading is then the fix rather than a bug report.
 */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <Box component="section" sx={{ p: 3, maxWidth: 720 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </Button>
        }
      >
        <Box component="strong" sx={{ display: 'block', mb: 0.5 }}>
          {t('crash.title')}
        </Box>
        {chunkFailed ? t('crash.chunkFailed') : t('crash.body')}
      </Alert>
    </Box>
  );
}
