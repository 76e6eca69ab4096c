import { Button, type ButtonProps } from '@mui/material';
import { useRef, type InputHTMLAttributes } from 'react';

export type FileInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'hidden'>;

/**
 * A button that opens the file chooser. A `<label>` dressed as a button (MUI's usual recipe) gets role="button",
 * which a label may not have (axe's aria-allowed-role, counted by Lighthouse): here the button is a real one, and
 * clicking it opens its hidden file input, placed beside it.
 */
export function FileButton({ input, children, ...button }: ButtonProps & { input: FileInputProps }) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button {...button} onClick={() => ref.current?.click()}>
        {children}
      </Button>
      <input ref={ref} type="file" hidden disabled={button.disabled} {...input} />
    </>
  );
}
