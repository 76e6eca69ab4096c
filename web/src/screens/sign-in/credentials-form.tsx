import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PlainField } from './plain-field';
import type { Credentials } from './sign-in.schema';

// zod arrives on the form's first focus or validation, not with the screen (the sign-in screen's first download).
const loadSchema = () => import('./sign-in.schema').then((module) => module.credentialsSchema);

type Errors = Partial<Record<keyof Credentials, string>>;

interface CredentialsFormProps {
  onSubmit: (credentials: Credentials, event: FormEvent<HTMLFormElement>) => Promise<void>;
  /** Already translated: what the server answered to the last attempt. */
  serverError?: string;
}

/**
 * Step one of signing in: work email and password. Plain React state rather than react-hook-form (15 kB of the
 * first download for two fields); it behaves the same: checked on submit, then again as the user corrects, and
 * the first wrong field gets the focus.
 */
export function CredentialsForm({ onSubmit, serverError }: CredentialsFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  const validate = async (next: Credentials) => {
    const result = (await loadSchema()).safeParse(next);
    const found: Errors = {};
    for (const issue of result.error?.issues ?? []) {
      const field = issue.path[0] as keyof Credentials;
      found[field] ??= issue.message;
    }
    setErrors(found);
    return { valid: result.success ? result.data : undefined, found };
  };
  const change = (field: keyof Credentials) => (value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted) void validate(next);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setSubmitting(true);
    try {
      const { valid, found } = await validate(values);
      if (valid) await onSubmit(valid, event);
      else inputs[found.email ? 'email' : 'password'].current?.focus();
    } finally {
      setSubmitting(false);
    }
  };
  const message = (field: keyof Credentials) => (errors[field] ? t(errors[field]) : undefined);

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      onFocus={() => void loadSchema()}
      aria-label={t('signIn.title')}
    >
      {serverError && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {serverError}
        </Alert>
      )}
      <PlainField
        name="email"
        type="email"
        label={t('signIn.email')}
        autoComplete="username"
        value={values.email}
        onChange={change('email')}
        error={message('email')}
        inputRef={inputs.email}
      />
      <PlainField
        name="password"
        type="password"
        label={t('signIn.password')}
        autoComplete="current-password"
        value={values.password}
        onChange={change('password')}
        error={message('password')}
        inputRef={inputs.password}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
      <Link component={RouterLink} to="/forgot-password" sx={{ display: 'inline-block', mt: 2 }}>
        {t('signIn.forgot')}
      </Link>
    </form>
  );
}
