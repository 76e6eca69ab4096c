import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { translateApiError } from '../../api/translate-api-error';
import { AcceptInvitationDocument } from './accept-invitation.generated';
import { TotpEnrolment } from '../profile/totp-enrolment';
import { enterApp } from '../sign-in/enter-app';
import { useSession } from '../../session/session';
import { SetPasswordForm } from './set-password-form';

const context: EnlaceOperationContext = { handlesErrors: true };

/** The token arrives in the fragment (`#token=…`), which browsers never send to a server. */
function tokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}

/**
 * Where the invitation mail's link lands: the invited person chooses a password and is signed in; roles that
 * require two-step verification enrol an authenticator app right here before they reach the app.
 */
export function AcceptInvitationScreen() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { refresh } = useSession();
  // Read once, then taken out of the address bar: not kept in history, bookmarks or a shared screenshot.
  const [token] = useState(() => tokenOf(location.hash));
  const [step, setStep] = useState<'password' | 'enrolment'>('password');
  const [serverError, setServerError] = useState<string>();
  const [accept] = useMutation(AcceptInvitationDocument, { context });

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  const welcome = async () => {
    await enterApp(refresh, i18n);
    showNotice(i18n.t('account.invitation.welcome'), 'success');
    await navigate('/');
  };

  const submit = async (password: string) => {
    if (!token) return;
    setServerError(undefined);
    try {
      const { data } = await accept({ variables: { token, password } });
      const status = data?.acceptInvitation.status;
      if (status === 'SIGNED_IN') await welcome();
      else if (status === 'TOTP_ENROLMENT_REQUIRED') setStep('enrolment');
    } catch (error) {
      const { message, fields } = translateApiError(error, t);
      setServerError(fields.token ?? fields.password ?? message);
    }
  };

  return (
    <Card variant="outlined" sx={{ maxWidth: 520, mx: 'auto', mt: { xs: 0, sm: 4 } }}>
      <CardContent sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="h1" gutterBottom>
          {t('account.invitation.title')}
        </Typography>
        {!token && (
          <>
            <Alert severity="warning">{t('account.invitation.noToken')}</Alert>
            <Button component={RouterLink} to="/sign-in" sx={{ mt: 2 }}>
              {t('account.invitation.toSignIn')}
            </Button>
          </>
        )}
        {token && step === 'password' && (
          <>
            <Typography color="text.secondary">{t('account.invitation.intro')}</Typography>
            <SetPasswordForm serverError={serverError} onSubmit={submit} />
          </>
        )}
        {token && step === 'enrolment' && (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('account.totp.requiredForRole')}
            </Alert>
            <TotpEnrolment onDone={welcome} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
