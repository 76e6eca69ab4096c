import { Box, Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountryPicker } from '../../forms/country-picker';
import { LanguagesPicker } from '../../forms/language-picker';
import type { ProtectionService, ServiceDirectoryQueryVariables } from '../../gql/graphql';
import { SERVICES } from './service-terms';

export interface DirectoryFilter {
  countryCode: string;
  type: ProtectionService | '';
  language: string;
  search: string;
  availableOnly: boolean;
}

export const noDirectoryFilter: DirectoryFilter = {
  countryCode: '',
  type: '',
  language: '',
  search: '',
  availableOnly: false,
};

/** The filter as the directory query takes it: empty boxes mean "any"; codes are sent as the API spells them. */
export function directoryVariables(filter: DirectoryFilter): ServiceDirectoryQueryVariables {
  const country = filter.countryCode.trim().toUpperCase();
  const language = filter.language.trim().toLowerCase();
  return {
    countryCode: /^[A-Z]{2}$/.test(country) ? country : null,
    type: filter.type || null,
    language: /^[a-z]{2,3}$/.test(language) ? language : null,
    search: filter.search.trim() || null,
    availableOnly: filter.availableOnly || null,
  };
}

/** Search and narrow the directory: words, country, kind of service, language, places now. */
export function DirectoryFilters({
  filter,
  onChange,
}: {
  filter: DirectoryFilter;
  onChange: (filter: DirectoryFilter) => void;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<DirectoryFilter>) => onChange({ ...filter, ...changes });
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '2fr 1fr 1.4fr 1fr' },
      }}
    >
      <TextField
        label={t('protection.directory.search')}
        value={filter.search}
        onChange={(event) => set({ search: event.target.value })}
        slotProps={{ htmlInput: { maxLength: 100 } }}
        margin="none"
        sx={{ gridColumn: { sm: '1 / -1', md: 'auto' } }}
      />
      <CountryPicker
        label={t('protection.directory.country')}
        value={filter.countryCode}
        onChange={(countryCode) => set({ countryCode })}
      />
      <TextField
        select
        label={t('protection.directory.type')}
        value={filter.type}
        onChange={(event) => set({ type: event.target.value as ProtectionService | '' })}
        margin="none"
      >
        <MenuItem value="">{t('protection.caseload.any')}</MenuItem>
        {SERVICES.map((service) => (
          <MenuItem key={service} value={service}>
            {t(`protection.service.${service}`)}
          </MenuItem>
        ))}
      </TextField>
      <LanguagesPicker
        label={t('protection.directory.language')}
        max={1}
        noOptionsText={t('protection.register.noLanguage')}
        value={filter.language ? [filter.language] : []}
        onChange={(codes) => set({ language: codes[0] ?? '' })}
      />
      <FormControlLabel
        control={
          <Checkbox checked={filter.availableOnly} onChange={(event) => set({ availableOnly: event.target.checked })} />
        }
        label={t('protection.directory.availableOnly')}
        sx={{ gridColumn: '1 / -1', mt: -1 }}
      />
    </Box>
  );
}

/** The filter a moment after the last keystroke, so the directory is not asked once per letter typed. */
export function useSettledFilter(filter: DirectoryFilter, delay = 300): DirectoryFilter {
  const [settled, setSettled] = useState(filter);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(filter), delay);
    return () => clearTimeout(timer);
  }, [filter, delay]);
  return settled;
}
