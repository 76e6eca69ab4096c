import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, TextField } from '@mui/material';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema, type ChangePassword } from './account.schema';
import { NewPasswordFields } from './new-password-fields';

interface ChangePasswordFormProps {
  /** Resolves true when the password changed; the form then empties itself. */
  onSubmit: (currentPassword: string, newPassword: string) => Promise<boolean>;
  serverError?: string;
}

/** A new password, allowed only with the current one. */
export function ChangePasswordForm({ onSubmit, serverError }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const empty = { currentPassword: '', password: '', repeat: '' };
  const {
    register,
    handleSubmit,
    watch,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePassword>({ resolver: zodResolver(changePasswordSchema), defaultValues: empty });
  const submit = async ({ currentPassword, password }: ChangePassword) => {
    if (await onSubmit(currentPassword, password)) reset(empty);
  };
  return (
    <form noValidate onSubmit={handleSubmit(submit)} aria-label={t('account.password.title')}>
      {serverError && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {serverError}
        </Alert>
      )}
      <TextField
        {...register('currentPassword')}
        type="password"
        label={t('account.password.current')}
        autoComplete="current-password"
        required
        error={Boolean(errors.currentPassword)}
        helperText={errors.currentPassword?.message && t(errors.currentPassword.message)}
      />
      <NewPasswordFields
        fields={{ password: register('password'), repeat: register('repeat') }}
        errors={{ password: errors.password?.message, repeat: errors.repeat?.message }}
        password={watch('password')}
        repeat={watch('repeat')}
      />
      <Button type="submit" variant="contained" disabled={isSubmitting}>
        {isSubmitting ? t('account.saving') : t('account.password.save')}
      </Button>
    </form>
  );
}
