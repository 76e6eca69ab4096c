import { TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type FieldProps<Form extends FieldValues> = Omit<TextFieldProps, 'name'> & {
  control: Control<Form, unknown, never> | Control<Form>;
  name: FieldPath<Form>;
};

/**
 * A text field bound to a react-hook-form form. Its message is either a catalogue key (zod's, translated here)
 * or a text the server's field error already translated.
 */
export function FormTextField<Form extends FieldValues>({ control, name, helperText, ...props }: FieldProps<Form>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control as Control<Form>}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          fullWidth
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ? t(fieldState.error.message) : helperText}
          // A disabled field's explanation ("choose the mechanism first") must stay readable (axe color-contrast).
          slotProps={{
            ...props.slotProps,
            formHelperText: { sx: { '&.Mui-disabled': { color: 'text.secondary' } } },
          }}
        />
      )}
    />
  );
}

export function FormSelectField<Form extends FieldValues>(props: FieldProps<Form> & { children: ReactNode }) {
  return <FormTextField {...props} select />;
}
