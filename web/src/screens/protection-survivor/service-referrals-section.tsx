import { useQuery } from '@apollo/client/react';
import { Button, Stack, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/SendOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { Section } from '../../forms/section';
import { ServiceReferralTable } from '../protection-common/service-referral-table';
import { SurvivorServiceReferralsDocument } from '../protection-common/service-referrals.operations';

const context: EnlaceOperationContext = { handlesErrors: true };

/** The survivor's referrals to services (status, deadlines, consent withdrawn), and "refer to a service". */
export function ServiceReferralsSection({ survivorId, mayRefer }: { survivorId: string; mayRefer: boolean }) {
  const { t } = useTranslation();
  const { data } = useQuery(SurvivorServiceReferralsDocument, {
    context,
    variables: { id: survivorId },
    fetchPolicy: 'network-only',
  });
  const referrals = data?.survivor.serviceReferrals ?? [];
  return (
    <Section title={t('protection.referral.sectionTitle')}>
      <Stack spacing={2}>
        {data && referrals.length === 0 && <Typography>{t('protection.referral.noneYet')}</Typography>}
        {referrals.length > 0 && (
          <ServiceReferralTable referrals={referrals} side="sent" label={t('protection.referral.sectionTitle')} />
        )}
        {mayRefer && (
          <Stack direction="row">
            <Button
              component={RouterLink}
              to={`/protection/survivors/${survivorId}/refer`}
              variant="contained"
              startIcon={<SendIcon />}
            >
              {t('protection.referral.start')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Section>
  );
}
