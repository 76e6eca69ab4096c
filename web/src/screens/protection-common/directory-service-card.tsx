import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryServiceCardFragment } from '../../gql/graphql';

export type DirectoryServiceSummary = DirectoryServiceCardFragment;

// Filled chips: MUI's warning colour does not reach 4.5:1 with its text, so "limited" is the plain chip.
const availabilityColor = { AVAILABLE: 'success', LIMITED: 'default', FULL: 'error', SUSPENDED: 'default' } as const;

/** What a case worker needs to choose a service: who offers what, for whom, in which languages, and whether now. */
export function DirectoryServiceCard({ service, actions }: { service: DirectoryServiceSummary; actions?: ReactNode }) {
  const { t } = useTranslation();
  const ages =
    service.minimumAge !== null && service.minimumAge !== undefined
      ? service.maximumAge !== null && service.maximumAge !== undefined
        ? t('protection.directory.agesBetween', { min: service.minimumAge, max: service.maximumAge })
        : t('protection.directory.agesFrom', { min: service.minimumAge })
      : service.maximumAge !== null && service.maximumAge !== undefined
        ? t('protection.directory.agesUpTo', { max: service.maximumAge })
        : null;
  return (
    <Stack spacing={0.75} sx={{ minWidth: 0, flexGrow: 1 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {service.name}
        </Typography>
        <Chip
          size="small"
          color={availabilityColor[service.availability]}
          label={t(`protection.directory.availability.${service.availability}`)}
        />
        {!service.active && <Chip size="small" label={t('protection.directory.inactive')} />}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {service.agency.acronym} · {service.agency.name} · {service.countryCode}
      </Typography>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {service.types.map((type) => (
          <Chip key={type} size="small" label={t(`protection.service.${type}`)} />
        ))}
      </Stack>
      {service.description && <Typography variant="body2">{service.description}</Typography>}
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.25 }}>
        <Term label={t('protection.directory.languages')}>{service.languages.join(', ') || '—'}</Term>
        {(service.eligibility || ages) && (
          <Term label={t('protection.directory.eligibility')}>
            {[service.eligibility, ages].filter(Boolean).join(' · ')}
          </Term>
        )}
        {service.hours && <Term label={t('protection.directory.hours')}>{service.hours}</Term>}
        {service.areaServed && <Term label={t('protection.directory.areaServed')}>{service.areaServed}</Term>}
        {(service.address || service.phone || service.email) && (
          <Term label={t('protection.directory.contact')}>
            {[service.address, service.phone, service.email].filter(Boolean).join(' · ')}
          </Term>
        )}
        {service.capacity !== null && service.capacity !== undefined && (
          <Term label={t('protection.directory.capacity')}>{service.capacity}</Term>
        )}
      </Box>
      {actions}
    </Stack>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}
