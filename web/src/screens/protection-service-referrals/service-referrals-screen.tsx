import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Alert, Box, Button, LinearProgress, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ServiceReferralStatus } from '../../gql/graphql';
import { ProtectionPage } from '../protection-common/protection-page';
import { translateProtectionError } from '../protection-common/protection-terms';
import { ServiceReferralTable } from '../protection-common/service-referral-table';
import { ServiceReferralsDocument } from '../protection-common/service-referrals.operations';
import { REFERRAL_STATUSES } from '../protection-common/service-terms';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * The agency's referrals to services, in two boxes: received (the agency is the provider: accept, decline, report
 * delivery) and sent (its case workers referred its survivors: status, deadlines, consent withdrawn).
 */
export function ServiceReferralsScreen() {
  const { t } = useTranslation();
  const allowed = useAbility<AnyMongoAbility>().can('read', 'ServiceReferral');
  const [params, setParams] = useSearchParams();
  const box = params.get('box') === 'sent' ? 'OUTGOING' : 'INCOMING';
  const [status, setStatus] = useState<ServiceReferralStatus | ''>('');
  const { data, loading, error, fetchMore } = useQuery(ServiceReferralsDocument, {
    context,
    skip: !allowed,
    variables: { box, status: status || null },
    fetchPolicy: 'network-only',
  });
  const page = data?.serviceReferrals;
  const label = box === 'INCOMING' ? t('protection.referrals.received') : t('protection.referrals.sent');
  return (
    <ProtectionPage title={t('nav.serviceReferrals')} intro={t('protection.referrals.intro')} allowed={allowed}>
      <Tabs
        value={box}
        onChange={(_event, value: string) => setParams(value === 'OUTGOING' ? { box: 'sent' } : {})}
        aria-label={t('nav.serviceReferrals')}
        sx={{ '& .MuiTab-root': { textTransform: 'none', fontSize: '1rem' } }}
      >
        <Tab value="INCOMING" label={t('protection.referrals.received')} />
        <Tab value="OUTGOING" label={t('protection.referrals.sent')} />
      </Tabs>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('protection.caseload.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ServiceReferralStatus | '')}
          fullWidth={false}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{t('protection.caseload.any')}</MenuItem>
          {REFERRAL_STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`protection.referralStatus.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {page && page.nodes.length === 0 && (
        <Typography>
          {box === 'INCOMING' ? t('protection.referrals.noneReceived') : t('protection.referrals.noneSent')}
        </Typography>
      )}
      {page && page.nodes.length > 0 && (
        <ServiceReferralTable referrals={page.nodes} side={box === 'INCOMING' ? 'received' : 'sent'} label={label} />
      )}
      {page?.pageInfo.hasNextPage && (
        <Box>
          <Button
            onClick={() =>
              void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  serviceReferrals: {
                    ...fetchMoreResult.serviceReferrals,
                    nodes: [...previous.serviceReferrals.nodes, ...fetchMoreResult.serviceReferrals.nodes],
                  },
                }),
              })
            }
          >
            {t('protection.caseload.older')}
          </Button>
        </Box>
      )}
    </ProtectionPage>
  );
}
