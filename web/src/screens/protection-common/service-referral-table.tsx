import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import type { ServiceReferralRowFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { isOpen, statusColor } from './service-terms';

const wideOnly = { display: { xs: 'none', md: 'table-cell' } };

/** A referral's state at a glance: its status, and the flags a case worker must not miss. */
export function ServiceReferralFlags({ referral }: { referral: ServiceReferralRowFragment }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={statusColor(referral.status)}
        label={t(`protection.referralStatus.${referral.status}`)}
      />
      {referral.overdue && (
        <Chip size="small" color="error" variant="outlined" label={t('protection.referral.overdue')} />
      )}
      {referral.consentWithdrawnAt && (
        <Chip size="small" color="error" label={t('protection.referral.consentWithdrawn')} />
      )}
      {referral.coveredByOverride && <Chip size="small" variant="outlined" label={t('protection.referral.override')} />}
    </Stack>
  );
}

interface ServiceReferralListProps {
  referrals: readonly ServiceReferralRowFragment[];
  side: 'sent' | 'received';
  label: string;
}

const referralPath = (referral: ServiceReferralRowFragment) => `/protection/service-referrals/${referral.id}`;
/** The deadline running: the reply while it waits for one, then the delivery of the service. */
const dueOf = (referral: ServiceReferralRowFragment) =>
  referral.status === 'SENT' ? referral.respondBy : referral.deliverBy;

/**
 * Referrals to services: the survivor's code (opening the referral), the service, the other agency, the status,
 * and the deadline running. `side` says which agency is "the other": the provider for the sender. A table on a
 * wide screen; on a phone, one card per referral, so that the status is not cut off at the edge.
 */
export function ServiceReferralTable(props: ServiceReferralListProps) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return narrow ? <ServiceReferralCards {...props} /> : <ServiceReferralRows {...props} />;
}

function ServiceReferralCards({ referrals, side, label }: ServiceReferralListProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return (
    <Stack component="ul" spacing={1.5} aria-label={label} sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {referrals.map((referral) => {
        const other = side === 'sent' ? referral.recipientAgency : referral.holdingAgency;
        return (
          <li key={referral.id}>
            <Card variant="outlined">
              <CardActionArea component={RouterLink} to={referralPath(referral)}>
                <CardContent>
                  <Typography sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{referral.survivorCode}</Typography>
                  <Typography variant="body2">
                    {t(`protection.service.${referral.service}`)}
                    {referral.directoryService && ` · ${referral.directoryService.name}`}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {`${side === 'sent' ? t('protection.referral.to') : t('protection.referral.from')}: ${other.acronym} · ${other.name}`}
                  </Typography>
                  <Box sx={{ mt: 1 }}>
                    <ServiceReferralFlags referral={referral} />
                  </Box>
                  {isOpen(referral.status) && (
                    <Typography variant="body2" sx={{ mt: 1 }}>
                      {`${t('protection.referral.due')}: ${formatDateTime(dueOf(referral), language, timeZone)}`}
                    </Typography>
                  )}
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}

function ServiceReferralRows({ referrals, side, label }: ServiceReferralListProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('protection.survivor.code')}</TableCell>
            <TableCell>{t('protection.referral.purpose')}</TableCell>
            <TableCell>{side === 'sent' ? t('protection.referral.to') : t('protection.referral.from')}</TableCell>
            <TableCell>{t('protection.caseload.status')}</TableCell>
            <TableCell sx={wideOnly}>{t('protection.referral.due')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {referrals.map((referral) => {
            const other = side === 'sent' ? referral.recipientAgency : referral.holdingAgency;
            return (
              <TableRow key={referral.id} hover>
                <TableCell>
                  <RouterLink to={referralPath(referral)}>
                    <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                      {referral.survivorCode}
                    </Box>
                  </RouterLink>
                </TableCell>
                <TableCell>
                  {t(`protection.service.${referral.service}`)}
                  {referral.directoryService && (
                    <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.8125rem' }}>
                      {referral.directoryService.name}
                    </Box>
                  )}
                </TableCell>
                <TableCell>
                  <abbr title={other.name}>{other.acronym}</abbr>
                </TableCell>
                <TableCell>
                  <ServiceReferralFlags referral={referral} />
                </TableCell>
                <TableCell sx={wideOnly}>
                  {isOpen(referral.status) ? formatDateTime(dueOf(referral), language, timeZone) : '—'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
