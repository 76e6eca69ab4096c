import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ServiceReferralQuery, SharedField } from '../../gql/graphql';
import { SHARED_FIELDS } from '../protection-common/service-terms';

type ReferredSurvivor = ServiceReferralQuery['serviceReferral']['survivor'];

/**
 * The person as the provider reads them: the code, and exactly the fields the referral carries, while consent
 * holds. The server decides each field on every request (a field it withholds comes back null); this view only
 * lays out what arrived, and says so when the sharing has ended.
 */
export function ReferredSurvivorView({ survivor }: { survivor: ReferredSurvivor }) {
  const { t } = useTranslation();
  if (!survivor.sharingInForce)
    return <Alert severity="info">{t('protection.referral.sharingEnded', { code: survivor.code })}</Alert>;
  const readable = SHARED_FIELDS.filter(
    ({ field }) => survivor.sharedFields.includes(field) && !survivor.restrictedFields.includes(field),
  );
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {readable.map(({ field }) => (
          <Box key={field} sx={{ minWidth: 160 }}>
            <Typography variant="body2" color="text.secondary">
              {t(`protection.field.${field}`)}
            </Typography>
            <Typography component="div">{valueOf(survivor, field, t)}</Typography>
          </Box>
        ))}
      </Stack>
      {survivor.note && (
        <Box>
          <Typography variant="body2" color="text.secondary">
            {t('protection.referral.note')}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{survivor.note}</Typography>
        </Box>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('protection.referral.onlyShared')}
      </Typography>
    </Stack>
  );
}

function valueOf(survivor: ReferredSurvivor, field: SharedField, t: TFunction): ReactNode {
  const none = '—';
  const list = (values: readonly string[] | null | undefined) => (values?.length ? values.join(', ') : none);
  switch (field) {
    case 'sex':
      return survivor.sex ? t(`protection.sex.${survivor.sex}`) : none;
    case 'estimatedAge':
      return survivor.estimatedAge ?? none;
    case 'dateOfBirth':
      return survivor.dateOfBirth ? String(survivor.dateOfBirth) : none;
    case 'aliases':
    case 'languages':
    case 'phones':
      return list(survivor[field]);
    case 'identityDocuments':
      return survivor.identityDocuments?.length
        ? survivor.identityDocuments.map((document) => (
            <div key={`${document.kind}-${document.number}`}>
              {t(`protection.documentKind.${document.kind}`, { defaultValue: document.kind })}: {document.number}
            </div>
          ))
        : none;
    case 'exploitations':
      return survivor.exploitations?.length
        ? survivor.exploitations.map((item, index) => (
            <div key={index}>
              {t(`protection.exploitation.${item.kind}`)}
              {item.place && ` — ${item.place}`}
              {item.countryCode && ` (${item.countryCode})`}
            </div>
          ))
        : none;
    case 'vulnerabilities':
      return survivor.vulnerabilities?.length ? (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {survivor.vulnerabilities.map((value) => (
            <Chip key={value} size="small" label={t(`protection.vulnerability.${value}`)} />
          ))}
        </Stack>
      ) : (
        none
      );
    default:
      return (survivor[field] as string | null | undefined) ?? none;
  }
}
