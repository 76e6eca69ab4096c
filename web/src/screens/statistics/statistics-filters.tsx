import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StatisticsMechanismsQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../referral-inbox/referral-common';
import type { StatisticsRequest } from './statistics-request';
import { scopesFor } from './statistics-request';
import { DateField } from '../../ui/date-field';

type Mechanisms = StatisticsMechanismsQuery['statisticsMechanisms'];

/** Scope, mechanism, period and disclosure level; every change goes straight to the address. */
export function StatisticsFilters({
  request,
  roles,
  mechanisms,
  onChange,
}: {
  request: StatisticsRequest;
  roles: readonly string[];
  mechanisms: Mechanisms;
  onChange: (request: StatisticsRequest) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const set = (name: keyof StatisticsRequest) => (event: { target: { value: string } }) =>
    onChange({ ...request, [name]: event.target.value });
  return (
    <Box
      component="form"
      aria-label={t('statistics.filters')}
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(220px, 1fr))' },
      }}
      onSubmit={(event) => event.preventDefault()}
    >
      <TextField select label={t('statistics.scope.label')} value={request.scope} onChange={set('scope')}>
        {scopesFor(roles).map((scope) => (
          <MenuItem key={scope} value={scope}>
            {t(`statistics.scope.${scope}`)}
          </MenuItem>
        ))}
      </TextField>
      {request.scope === 'MECHANISM' && (
        <TextField select label={t('statistics.mechanism')} value={request.mechanism} onChange={set('mechanism')}>
          {mechanisms.map((mechanism) => (
            <MenuItem key={mechanism.id} value={mechanism.id}>
              {localName(mechanism.names, language)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <DateField
        label={t('statistics.periodFrom')}
        value={request.from}
        onChange={(day) => onChange({ ...request, from: day })}
      />
      <DateField
        label={t('statistics.periodTo')}
        value={request.to}
        onChange={(day) => onChange({ ...request, to: day })}
      />
      <TextField
        select
        label={t('statistics.disclosure.label')}
        value={request.disclosure}
        onChange={set('disclosure')}
      >
        <MenuItem value="STANDARD">{t('statistics.disclosure.STANDARD')}</MenuItem>
        <MenuItem value="CTDC">{t('statistics.disclosure.CTDC')}</MenuItem>
      </TextField>
    </Box>
  );
}
