import { Autocomplete, TextField } from '@mui/material';
import { useMemo, type Ref } from 'react';
import { useLanguage } from '../i18n/use-language';
import { countryName, countryOptions } from './countries';
import { formPicker } from './form-picker-field';

export interface CountryPickerProps {
  /** The ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  label: string;
  /** Countries listed first (a mechanism's, the agency's): where most people involved come from. */
  first?: readonly string[];
  required?: boolean;
  name?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** An error message already translated; shown instead of the help text. */
  error?: string;
  helperText?: string;
  disabled?: boolean;
}

const NONE: readonly string[] = [];

/**
 * A country picked by its name in the user's language (typing "Hond" finds Honduras); the form keeps the ISO
 * code the API wants, which the user never has to know.
 */
export function CountryPicker({
  value,
  onChange,
  label,
  first = NONE,
  error,
  helperText,
  ...field
}: CountryPickerProps) {
  const [language] = useLanguage();
  const options = useMemo(() => countryOptions(language, first), [language, first]);
  const code = value.toUpperCase();
  return (
    <Autocomplete
      options={options}
      value={code !== '' ? code : null}
      onChange={(_event, picked) => onChange(picked ?? '')}
      onBlur={field.onBlur}
      disabled={field.disabled}
      getOptionLabel={(option) => countryName(option, language)}
      autoHighlight
      fullWidth
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          name={field.name}
          required={field.required}
          inputRef={field.inputRef}
          error={!!error}
          helperText={error ?? helperText}
        />
      )}
    />
  );
}

/** A country picker bound to a react-hook-form field that holds the ISO code ('' for none). */
export const FormCountryField = formPicker(CountryPicker, (code) => code);
