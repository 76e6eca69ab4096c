import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Alert,
  Button,
  Chip,
  LinearProgress,
  Link,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDateTime } from '../../dates/format-date-time';
import type { ProtectionReferralStatus } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { ProtectionPage } from '../protection-common/protection-page';
import { translateProtectionError } from '../protection-common/protection-terms';
import { ProtectionReferralsDocument } from './border-referral.operations';

const context: EnlaceOperationContext = { handlesErrors: true };
const wideOnly = { display: { xs: 'none', md: 'table-cell' } };
export const borderStatusColor = (status: ProtectionReferralStatus) =>
  status === 'SENT' ? 'primary' : status === 'ACCEPTED' ? 'success' : 'default';

/**
 * Referrals to protection: received by a protection agency (its case workers and supervisors answer them) and sent
 * from a border post (its officers follow them: code and status only, and the survivor's code once accepted).
 */
export function BorderReferralsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const ability = useAbility<AnyMongoAbility>();
  const mayReceive = ability.can('accept', 'ProtectionReferral');
  const maySend = ability.can('create', 'ProtectionReferral');
  const [params, setParams] = useSearchParams();
  const box = (params.get('box') === 'sent' || !mayReceive) && maySend ? 'OUTGOING' : 'INCOMING';
  const allowed = mayReceive || maySend;
  const { data, loading, error } = useQuery(ProtectionReferralsDocument, {
    context,
    skip: !allowed,
    variables: { box },
    fetchPolicy: 'network-only',
  });
  const referrals = data?.protectionReferrals ?? [];
  const label = box === 'INCOMING' ? t('protection.borderReferral.received') : t('protection.borderReferral.sentBox');
  return (
    <ProtectionPage
      title={t('nav.protectionReferrals')}
      intro={t('protection.borderReferral.listIntro')}
      allowed={allowed}
      actions={
        maySend && (
          <Button variant="contained" component={RouterLink} to="/protection/border-referrals/new">
            {t('nav.referToProtection')}
          </Button>
        )
      }
    >
      {mayReceive && maySend && (
        <Tabs
          value={box}
          onChange={(_event, value: string) => setParams(value === 'OUTGOING' ? { box: 'sent' } : {})}
          aria-label={t('nav.protectionReferrals')}
          sx={{ '& .MuiTab-root': { textTransform: 'none', fontSize: '1rem' } }}
        >
          <Tab value="INCOMING" label={t('protection.borderReferral.received')} />
          <Tab value="OUTGOING" label={t('protection.borderReferral.sentBox')} />
        </Tabs>
      )}
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {data && referrals.length === 0 && <Typography>{t('protection.borderReferral.none')}</Typography>}
      {referrals.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={label}>
            <TableHead>
              <TableRow>
                <TableCell>{t('protection.borderReferral.code')}</TableCell>
                <TableCell>
                  {box === 'INCOMING' ? t('protection.referral.from') : t('protection.referral.to')}
                </TableCell>
                <TableCell>{t('protection.caseload.status')}</TableCell>
                <TableCell sx={wideOnly}>{t('protection.borderReferral.sentOn')}</TableCell>
                <TableCell sx={wideOnly}>{t('protection.survivor.code')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {referrals.map((referral) => (
                <TableRow key={referral.id}>
                  <TableCell>
                    <Link component={RouterLink} to={`/protection/border-referrals/${referral.id}`}>
                      {referral.code}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {box === 'INCOMING' ? referral.senderAgency.name : referral.recipientAgency.name}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={borderStatusColor(referral.status)}
                      label={t(`protection.borderReferral.status.${referral.status}`)}
                    />
                  </TableCell>
                  <TableCell sx={wideOnly}>{formatDateTime(referral.sentAt, language, timeZone)}</TableCell>
                  <TableCell sx={wideOnly}>{referral.survivorCode ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </ProtectionPage>
  );
}
