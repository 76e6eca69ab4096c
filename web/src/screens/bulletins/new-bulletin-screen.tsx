import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BulletinForm, EMPTY_BULLETIN } from './bulletin-form';
import { BulletinMechanismsDocument, CreateBulletinDocument } from './bulletins.generated';

/** A new bulletin's draft; the secretariat publishes it from its page. */
export function NewBulletinScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mechanisms = useQuery(BulletinMechanismsDocument, { context: { handlesErrors: true } });
  const [create, { error, loading }] = useMutation(CreateBulletinDocument, { context: { handlesErrors: true } });
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 900 }}>
      <Box>
        <Button component={Link} to="/bulletins" startIcon={<ArrowBackIcon />} size="small">
          {t('checks.bulletins.back')}
        </Button>
      </Box>
      <header>
        <Typography variant="h1">{t('checks.bulletins.newTitle')}</Typography>
        <Typography color="text.secondary">{t('checks.bulletins.noPersonData')}</Typography>
      </header>
      {mechanisms.loading && <LinearProgress aria-label={t('checks.loading')} />}
      <BulletinForm
        mechanisms={mechanisms.data?.mechanisms ?? []}
        initial={EMPTY_BULLETIN}
        submitLabel={t('checks.bulletins.saveDraft')}
        saving={loading}
        error={error}
        onSubmit={(mechanismId, input) =>
          void create({ variables: { mechanismId, input } })
            .then((result) => {
              if (result.data) void navigate(`/bulletins/${result.data.createBulletin.id}`);
            })
            .catch(() => null)
        }
      />
    </Stack>
  );
}
