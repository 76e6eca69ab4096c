import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button } from '@mui/material';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newPasswordSchema, type NewPassword } from '../profile/account.schema';
import { NewPasswordFields } from '../profile/new-password-fields';

interface SetPasswordFormProps {
  onSubmit: (password: string) => Promise<void>;
  /** Already translated: what the server answered to the last attempt. */
  serverError?: string;
  /** The form's name and its button (default: the invitation's). */
  title?: string;
  submitLabel?: string;
}

/** A password chosen from a mailed link: the invited person's first one, or a forgotten one's replacement. */
export function SetPasswordForm({ onSubmit, serverError, title, submitLabel }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<NewPassword>({ resolver: zodResolver(newPasswordSchema), defaultValues: { password: '', repeat: '' } });
  return (
    <form
      noValidate
      onSubmit={handleSubmit(({ password }) => onSubmit(password))}
      aria-label={title ?? t('account.invitation.title')}
    >
      {serverError && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {serverError}
        </Alert>
      )}
      <NewPasswordFields
        fields={{ password: register('password'), repeat: register('repeat') }}
        errors={{ password: errors.password?.message, repeat: errors.repeat?.message }}
        password={watch('password')}
        repeat={watch('repeat')}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={isSubmitting} sx={{ mt: 1 }}>
        {isSubmitting ? t('account.saving') : (submitLabel ?? t('account.invitation.submit'))}
      </Button>
    </form>
  );
}
