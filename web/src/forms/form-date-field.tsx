import type { TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../ui/date-field';

/** A day (YYYY-MM-DD) bound to a react-hook-form form, typed in the interface language's order. */
export function FormDateField<Form extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  sx,
}: {
  control: Control<Form, unknown, never> | Control<Form>;
  name: FieldPath<Form>;
  label: string;
} & Pick<TextFieldProps, 'helperText' | 'required' | 'sx'>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control as Control<Form>}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          fullWidth
          label={label}
          name={field.name}
          required={required}
          sx={sx}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ? t(fieldState.error.message) : helperText}
        />
      )}
    />
  );
}
