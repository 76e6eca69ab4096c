import { Alert, Button, Link, TextField } from '@mui/material';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { lazyResolver } from '../../forms/lazy-resolver';
import type { Credentials } from './sign-in.schema';

const resolver = lazyResolver(() => import('./sign-in.resolvers').then((module) => module.credentialsResolver));

interface CredentialsFormProps {
  onSubmit: (credentials: Credentials) => Promise<void>;
  /** Already translated: what the server answered to the last attempt. */
  serverError?: string;
}

/** Step one of signing in: work email and password. */
export function CredentialsForm({ onSubmit, serverError }: CredentialsFormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Credentials>({ resolver, defaultValues: { email: '', password: '' } });

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} onFocus={resolver.preload} aria-label={t('signIn.title')}>
      {serverError && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {serverError}
        </Alert>
      )}
      <TextField
        {...register('email')}
        type="email"
        label={t('signIn.email')}
        autoComplete="username"
        required
        error={Boolean(errors.email)}
        helperText={errors.email?.message && t(errors.email.message)}
      />
      <TextField
        {...register('password')}
        type="password"
        label={t('signIn.password')}
        autoComplete="current-password"
        required
        error={Boolean(errors.password)}
        helperText={errors.password?.message && t(errors.password.message)}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={isSubmitting} sx={{ mt: 2 }}>
        {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
      <Link component={RouterLink} to="/forgot-password" sx={{ display: 'inline-block', mt: 2 }}>
        {t('signIn.forgot')}
      </Link>
    </form>
  );
}
