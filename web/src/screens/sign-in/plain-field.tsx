import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, type InputHTMLAttributes, type Ref } from 'react';

interface PlainFieldProps {
  label: string;
  name: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
  /** Already translated; shown under the field and announced with it (aria-describedby). */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * What MUI's TextField draws for the sign-in form (an outlined input, its label, its message), without TextField
 * itself: TextField also brings Select, Menu, Popover and Modal, some 15 kB the sign-in screen never uses.
 */
export function PlainField({ label, name, type, autoComplete, value, onChange, error, inputRef }: PlainFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const input: InputHTMLAttributes<HTMLInputElement> = { autoComplete };
  return (
    <FormControl fullWidth margin="normal" required error={Boolean(error)} variant="outlined">
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        name={name}
        type={type}
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        inputRef={inputRef}
        inputProps={input}
        aria-describedby={error ? messageId : undefined}
      />
      {error && <FormHelperText id={messageId}>{error}</FormHelperText>}
    </FormControl>
  );
}
