import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDateTime } from '../../dates/format-date-time';
import { ForwardedReferralsDocument } from './forwarded-referrals.generated';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { StatusChip, translateReferralError, UrgencyChip } from '../referral-inbox/referral-common';
import { useReferralEvents } from '../referral-inbox/use-referral-events';

const context: EnlaceOperationContext = { handlesErrors: true };

/** `/referrals/forwarded`: referrals between two other agencies that were passed on to mine (active forwards). */
export function ForwardedReferralsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { data, loading, error, refetch } = useQuery(ForwardedReferralsDocument, {
    context,
    notifyOnNetworkStatusChange: true,
  });
  useReferralEvents(() => void refetch());
  // A forward whose referral the caller may no longer read comes back without it: nothing to show then.
  const forwards = (data?.forwardedReferrals ?? []).flatMap(({ referral, ...forward }) =>
    referral ? [{ ...forward, referral }] : [],
  );

  return (
    <Stack spacing={2}>
      <Typography variant="h1">{t('nav.forwardedReferrals')}</Typography>
      <Typography color="text.secondary">{t('referrals.forwarded.intro')}</Typography>
      {loading && <LinearProgress aria-label={t('referrals.forwarded.loading')} />}
      {error && !loading && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {t('referrals.retry')}
            </Button>
          }
        >
          {translateReferralError(error, t)}
        </Alert>
      )}
      {data && !error && forwards.length === 0 && (
        <Paper variant="outlined" sx={{ p: 3, textAlign: 'center' }}>
          <Typography>{t('referrals.forwarded.empty')}</Typography>
        </Paper>
      )}
      {forwards.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('nav.forwardedReferrals')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('referrals.fields.referral')}</TableCell>
                <TableCell>{t('referrals.forwarded.parties')}</TableCell>
                <TableCell>{t('referrals.fields.urgency')}</TableCell>
                <TableCell>{t('referrals.fields.status')}</TableCell>
                <TableCell>{t('referrals.forwarded.forwardedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {forwards.map(({ id, referral, decidedAt, requestedAt }) => (
                <TableRow key={id} hover>
                  <TableCell sx={{ minWidth: 240 }}>
                    <Link to={`/referrals/${referral.id}`} style={{ color: 'inherit', fontWeight: 600 }}>
                      {referral.title}
                    </Link>
                    <Typography variant="body2" color="text.secondary">
                      <Box component="span" sx={{ fontFamily: 'monospace' }}>
                        {referral.reference}
                      </Box>
                      {' · '}
                      {t(`referrals.category.${referral.category}`)}
                    </Typography>
                  </TableCell>
                  <TableCell>{`${referral.sendingAgency.acronym} → ${referral.receivingAgency.acronym}`}</TableCell>
                  <TableCell>
                    <UrgencyChip urgency={referral.urgency} />
                  </TableCell>
                  <TableCell>
                    <StatusChip status={referral.status} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(decidedAt ?? requestedAt, language, timeZone)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
