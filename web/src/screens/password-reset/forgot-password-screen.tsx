import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { translateApiError } from '../../api/translate-api-error';
import { RequestPasswordResetDocument } from './password-reset.generated';

const context: EnlaceOperationContext = { handlesErrors: true };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Forgot password?": asks for the work e-mail and says the same whatever it is, so the page never tells
 * whether an account exists; the link arrives by mail.
 */
export function ForgotPasswordScreen() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument, { context });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const trimmed = email.trim();
    if (!EMAIL.test(trimmed) || trimmed.length > 254) return setFieldError(t('account.reset.emailInvalid'));
    setFieldError(undefined);
    try {
      await request({ variables: { email: trimmed } });
      setSent(true);
    } catch (error) {
      const { message, fields } = translateApiError(error, t);
      if (fields.email) setFieldError(fields.email);
      else setServerError(message);
    }
  };

  return (
    <Card variant="outlined" sx={{ maxWidth: 440, mx: 'auto', mt: { xs: 0, sm: 4 } }}>
      <CardContent sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="h1" gutterBottom>
          {t('account.reset.forgotTitle')}
        </Typography>
        {sent ? (
          <Alert severity="success" role="status">
            {t('account.reset.sent', { minutes: 30 })}
          </Alert>
        ) : (
          <form noValidate onSubmit={submit} aria-label={t('account.reset.forgotTitle')}>
            <Typography color="text.secondary">{t('account.reset.forgotIntro')}</Typography>
            {serverError && (
              <Alert severity="error" role="alert" sx={{ my: 1 }}>
                {serverError}
              </Alert>
            )}
            <TextField
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              type="email"
              label={t('signIn.email')}
              autoComplete="username"
              required
              slotProps={{ htmlInput: { maxLength: 254 } }}
              error={Boolean(fieldError)}
              helperText={fieldError}
            />
            <Button type="submit" variant="contained" size="large" fullWidth disabled={loading} sx={{ mt: 2 }}>
              {t('account.reset.send')}
            </Button>
          </form>
        )}
        <Button component={RouterLink} to="/sign-in" sx={{ mt: 2 }}>
          {t('account.invitation.toSignIn')}
        </Button>
      </CardContent>
    </Card>
  );
}
