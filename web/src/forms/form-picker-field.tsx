import type { ComponentType, Ref } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** What a picker takes from the form it is bound to: the value it shows, and what it calls with the one picked. */
export interface PickerBinding<Value, Picked = Value> {
  value: Value;
  onChange: (picked: Picked) => void;
  name?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** An error message already translated; shown instead of the help text. */
  error?: string;
}

/** What a picker calls its onChange with. */
type Picked<PickerProps extends PickerBinding<unknown, never>> = Parameters<PickerProps['onChange']>[0];

/** A bound picker's props: the picker's own, less what the form gives it, and the form's field. */
export type FormPickerProps<Form extends FieldValues, PickerProps> = Omit<PickerProps, keyof PickerBinding<unknown>> & {
  control: Control<Form, unknown, never> | Control<Form>;
  name: FieldPath<Form>;
};

/**
 * A picker bound to a react-hook-form field that holds a text: `read` turns it into the picker's value (what is
 * not a text, an older draft's, reads as ''), `write` turns a picked value back. The field's message is a catalogue
 * key (zod's) or a text the server's field error already translated.
 */
export function formPicker<PickerProps extends PickerBinding<unknown, never>>(
  Picker: ComponentType<PickerProps>,
  read: (held: string) => PickerProps['value'],
  write: (picked: Picked<PickerProps>) => unknown = (picked) => picked,
) {
  return function FormPickerField<Form extends FieldValues>({
    control,
    name,
    ...props
  }: FormPickerProps<Form, PickerProps>) {
    const { t } = useTranslation();
    return (
      <Controller
        control={control as Control<Form>}
        name={name}
        render={({ field, fieldState }) => {
          const binding: PickerBinding<PickerProps['value'], Picked<PickerProps>> = {
            name: field.name,
            value: read(typeof field.value === 'string' ? field.value : ''),
            onChange: (picked) => field.onChange(write(picked)),
            onBlur: field.onBlur,
            inputRef: field.ref,
            error: fieldState.error?.message ? t(fieldState.error.message) : undefined,
          };
          // Its own props and the binding's make the picker's props: FormPickerProps leaves out only the binding's.
          return <Picker {...(props as unknown as PickerProps)} {...binding} />;
        }}
      />
    );
  };
}
