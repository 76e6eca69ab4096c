import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { translateApiError } from '../../api/translate-api-error';
import { SetPasswordForm } from '../accept-invitation/set-password-form';
import { ResetPasswordDocument } from './password-reset.generated';

const context: EnlaceOperationContext = { handlesErrors: true };

/** The token arrives in the fragment (`#token=…`), which browsers never send to a server. */
function tokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}

/** Where the reset mail's link lands: a new password, then sign in with it (second factor included). */
export function ResetPasswordScreen() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // Read once, then taken out of the address bar: not kept in history, bookmarks or a shared screenshot.
  const [token] = useState(() => tokenOf(location.hash));
  const [serverError, setServerError] = useState<string>();
  const [invalid, setInvalid] = useState(false);
  const [reset] = useMutation(ResetPasswordDocument, { context });

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  const submit = async (password: string) => {
    if (!token) return;
    setServerError(undefined);
    try {
      await reset({ variables: { token, password } });
      showNotice(i18n.t('account.reset.done'), 'success');
      await navigate('/sign-in');
    } catch (error) {
      const { message, fields } = translateApiError(error, t);
      if (fields.token) setInvalid(true);
      setServerError(fields.token ?? fields.password ?? message);
    }
  };

  return (
    <Card variant="outlined" sx={{ maxWidth: 520, mx: 'auto', mt: { xs: 0, sm: 4 } }}>
      <CardContent sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="h1" gutterBottom>
          {t('account.reset.title')}
        </Typography>
        {(!token || invalid) && (
          <>
            <Alert severity="warning">{invalid ? serverError : t('account.reset.noToken')}</Alert>
            <Button component={RouterLink} to="/forgot-password" sx={{ mt: 2 }}>
              {t('account.reset.askAgain')}
            </Button>
          </>
        )}
        {token && !invalid && (
          <>
            <Typography color="text.secondary">{t('account.reset.intro')}</Typography>
            <SetPasswordForm
              serverError={serverError}
              onSubmit={submit}
              title={t('account.reset.title')}
              submitLabel={t('account.reset.submit')}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
