import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../app/refusal';
import { useSession } from '../../session/session';

const ADMINISTRATORS = ['AGENCY_ADMIN', 'PLATFORM_ADMIN'];

/**
 * The frame of an administration screen: its heading, and a refusal instead of the screen for someone whose
 * rules do not allow it (the server would refuse them anyway; this only spares them a screen of errors). The
 * refusal names who keeps the page (`keptBy`), tells only a non-administrator to ask them, and offers what the
 * user can do instead: an agency administrator is never told to ask their agency's administrator.
 */
export function AdminPage({
  title,
  intro,
  allowed,
  keptBy = 'platform',
  actions,
  children,
}: {
  title: string;
  intro?: string;
  allowed: boolean;
  keptBy?: 'platform' | 'agency';
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const administrator = user?.roles.some((role) => ADMINISTRATORS.includes(role)) ?? false;
  const reason = `${t(`admin.keptBy.${keptBy}`)}${administrator ? '' : ` ${t('admin.askThem')}`}`;
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
      {allowed ? children : <Refusal reason={reason} />}
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
