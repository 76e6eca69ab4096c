import { Autocomplete, TextField } from '@mui/material';
import { useMemo } from 'react';
import { Controller, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { countryName, countryOptions } from './countries';
import type { NewReferralForm, NewReferralValues } from './new-referral.schema';

interface CountryFieldProps {
  control: Control<NewReferralForm, unknown, NewReferralValues>;
  name: FieldPath<NewReferralForm>;
  label: string;
  /** Countries listed first: the mechanism's. */
  first: readonly string[];
}

/**
 * A country picked by its name in the user's language (typing "Hond" finds Honduras); the form keeps the ISO
 * code the API wants, which the officer never sees.
 */
export function CountryField({ control, name, label, first }: CountryFieldProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const options = useMemo(() => countryOptions(language, first), [language, first]);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          options={options}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(_event, code) => field.onChange(code ?? '')}
          onBlur={field.onBlur}
          getOptionLabel={(code) => countryName(code, language)}
          noOptionsText={t('referrals.new.noCountry')}
          clearText={t('referrals.new.clear')}
          openText={t('referrals.new.open')}
          closeText={t('referrals.new.close')}
          autoHighlight
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
              name={field.name}
              inputRef={field.ref}
              error={!!fieldState.error}
              helperText={fieldState.error?.message ? t(fieldState.error.message) : undefined}
            />
          )}
        />
      )}
    />
  );
}
