import { Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any address that is not a screen: often a link cut short when pasted into a chat message. */
export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography variant="h1">{t('notFound.title')}</Typography>
      <Typography>{t('notFound.body')}</Typography>
      <Button component={Link} to="/" variant="contained" sx={{ alignSelf: 'flex-start' }}>
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
