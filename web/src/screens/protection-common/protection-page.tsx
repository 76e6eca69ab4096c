import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../app/refusal';

/**
 * The frame of a protection screen: its heading, and a refusal instead of the screen for someone who works on
 * no caseload (the server refuses them anyway; this spares them a screen of errors).
 */
export function ProtectionPage({
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
      {allowed ? children : <Refusal reason={t('protection.forbidden')} />}
    </Stack>
  );
}
