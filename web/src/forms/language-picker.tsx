import { Autocomplete, Chip, TextField } from '@mui/material';
import type { Ref } from 'react';
import { useLanguage } from '../i18n/use-language';
import { formPicker } from './form-picker-field';
import { LANGUAGE_CODE, LANGUAGE_CODES, languageName } from './languages';
import { joinList, splitList } from './lists';

export interface LanguagesPickerProps {
  /** ISO 639 codes, in the order chosen. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  label: string;
  /** How many may be chosen (the API's limit). */
  max: number;
  required?: boolean;
  name?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** An error message already translated; shown instead of the help text. */
  error?: string;
  helperText?: string;
  /** What the open list says when nothing matches the typed text (MUI's "Sin opciones" otherwise). */
  noOptionsText?: string;
}

/**
 * Languages picked by their names in the user's language ("miskito", "criollo haitiano"); one missing from the
 * list is typed as its ISO 639 code and Enter. The form keeps the codes the API wants.
 */
export function LanguagesPicker({
  value,
  onChange,
  label,
  max,
  error,
  helperText,
  noOptionsText,
  ...field
}: LanguagesPickerProps) {
  const [language] = useLanguage();
  const name = (code: string) => languageName(code, language);
  return (
    <Autocomplete
      multiple
      freeSolo
      options={LANGUAGE_CODES as string[]}
      value={[...value]}
      onChange={(_event, picked) => {
        const codes = picked.map((code) => code.trim().toLowerCase()).filter((code) => code !== '');
        const distinct = [...new Set(codes)];
        // One allowed (a filter): the one just picked replaces the other. More: the ones past the limit are not taken.
        onChange(max === 1 ? distinct.slice(-1) : distinct.slice(0, max));
      }}
      onBlur={field.onBlur}
      getOptionLabel={name}
      filterOptions={(options, { inputValue }) => {
        const typed = folded(inputValue.trim(), language);
        if (typed === '') return options;
        return options.filter((code) => code === typed || folded(name(code), language).includes(typed));
      }}
      noOptionsText={noOptionsText}
      autoHighlight
      fullWidth
      renderValue={(codes, getItemProps) =>
        codes.map((code, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              {...itemProps}
              size="small"
              label={name(code)}
              color={LANGUAGE_CODE.test(code) ? 'default' : 'error'}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          name={field.name}
          required={field.required && value.length === 0}
          inputRef={field.inputRef}
          error={!!error}
          helperText={error ?? helperText}
        />
      )}
    />
  );
}

/** Lower case without accents: "mísk" finds "miskito", "quiche" finds "quiché". */
const folded = (text: string, language: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(language);

/** A languages picker bound to a react-hook-form field that holds the codes as "es, miq". */
export const FormLanguagesField = formPicker(LanguagesPicker, splitList, joinList);
