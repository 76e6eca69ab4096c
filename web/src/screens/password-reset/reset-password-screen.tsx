import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Link, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { translateApiError } from '../../api/translate-api-error';
import { useSession } from '../../session/session';
import { SetPasswordForm } from '../accept-invitation/set-password-form';
import { ResetPasswordDocument } from './password-reset.generated';

const context: EnlaceOperationContext = { handlesErrors: true };

/** The token arrives in the fragment (`#token=…`), which browsers never send to a server. */
function tokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}

/**
 * The token read from the address, kept while the page lives: the screen is drawn again when the session arrives
 * (a signed-in person's shell replaces the visitor's), and by then the token is out of the address bar.
 */
let carriedToken: string | null = null;

/** Where the reset mail's link lands: a new password, then sign in with it (second factor included). */
export function ResetPasswordScreen() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // Read once, then taken out of the address bar: not kept in history, bookmarks or a shared screenshot.
  const [token] = useState(() => {
    carriedToken = tokenOf(location.hash) ?? carriedToken;
    return carriedToken;
  });
  // Someone signed in may open the link too (they forgot it on another device, or share this one): the form
  // stays, and says that saving ends this session as well.
  const { user } = useSession();
  const client = useApolloClient();
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
      carriedToken = null;
      // This session ended with the others: the shell shows a visitor again (refetches answer UNAUTHENTICATED).
      if (user) await client.resetStore().catch(() => undefined);
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
            {user && (
              <Alert severity="info" sx={{ mt: 2 }}>
                {t('account.reset.signedIn', { name: user.name })}{' '}
                <Link component={RouterLink} to="/">
                  {t('account.reset.keepPassword')}
                </Link>
              </Alert>
            )}
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
