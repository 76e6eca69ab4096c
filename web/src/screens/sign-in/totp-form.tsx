import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { totpSchema, type TotpCode } from './sign-in.schema';

interface TotpFormProps {
  onSubmit: (code: string) => Promise<void>;
  onBack: () => void;
  serverError?: string;
}

/** Step two of signing in, when the account has two-step verification: the authenticator app's code. */
export function TotpForm({ onSubmit, onBack, serverError }: TotpFormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TotpCode, unknown, { code: string }>({ resolver: zodResolver(totpSchema), defaultValues: { code: '' } });

  return (
    <form noValidate onSubmit={handleSubmit(({ code }) => onSubmit(code))} aria-label={t('signIn.totpTitle')}>
      <Typography variant="h2" gutterBottom>
        {t('signIn.totpTitle')}
      </Typography>
      <Typography color="text.secondary">{t('signIn.totpIntro')}</Typography>
      {serverError && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {serverError}
        </Alert>
      )}
      <TextField
        {...register('code')}
        label={t('signIn.totpCode')}
        autoComplete="one-time-code"
        autoFocus
        required
        error={Boolean(errors.code)}
        helperText={errors.code?.message && t(errors.code.message)}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
      />
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button onClick={onBack}>{t('signIn.back')}</Button>
        <Button type="submit" variant="contained" disabled={isSubmitting} sx={{ flexGrow: 1 }}>
          {t('signIn.verify')}
        </Button>
      </Stack>
    </form>
  );
}
