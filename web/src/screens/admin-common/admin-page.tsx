import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useSession } from '../../session/session';

/**
 * The frame of an administration screen: its heading, and a refusal instead of the screen for someone whose
 * rules do not allow it (the server would refuse them anyway; this only spares them a screen of errors).
 */
export function AdminPage({
  title,
  intro,
  allowed,
  actions,
  children,
}: {
  title: string;
  intro?: string;
  allowed: boolean;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h1" gutterBottom>
            {title}
          </Typography>
          {intro && allowed && <Typography color="text.secondary">{intro}</Typography>}
        </Box>
        {allowed && actions}
      </Stack>
      {allowed ? (
        children
      ) : (
        <Alert
          severity="warning"
          action={
            !user && (
              <Button color="inherit" size="small" component={RouterLink} to="/sign-in">
                {t('nav.signIn')}
              </Button>
            )
          }
        >
          {user ? t('admin.forbidden') : t('admin.signInFirst')}
        </Alert>
      )}
    </Stack>
  );
}

/** Loading, error (with a retry) and empty states of an administration list, in that order. */
export function ListState({
  loading,
  error,
  empty,
  onRetry,
  emptyText,
}: {
  loading: boolean;
  error?: string;
  empty: boolean;
  onRetry: () => void;
  emptyText: string;
}) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('admin.retry')}
          </Button>
        }
      >
        {error}
      </Alert>
    );
  if (loading) return <LinearProgress aria-label={t('admin.loading')} />;
  if (empty) return <Alert severity="info">{emptyText}</Alert>;
  return null;
}

export function ActiveChip({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={active ? 'success' : 'default'}
      label={active ? t('admin.active') : t('admin.inactive')}
    />
  );
}
