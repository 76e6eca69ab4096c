import { Alert, Card, CardContent, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApolloBoundary, sendMutation, useApiSource } from '../../api/api-source';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { translateApiError } from '../../api/translate-api-error';
import { type SignInStatus } from '../../gql/graphql';
import { SignInDocument, VerifyTotpDocument } from './sign-in.generated';
import { CredentialsForm } from './credentials-form';
import { enterApp } from './enter-app';
import { type SignInState, useSession } from '../../session/session';

// The second steps are fetched only by accounts that reach them: not in the sign-in screen's first download.
const TotpForm = lazy(() => import('./totp-form').then((module) => ({ default: module.TotpForm })));
const loadEnrolment = () => import('../profile/totp-enrolment');
const TotpEnrolment = lazy(() => loadEnrolment().then((module) => ({ default: module.TotpEnrolment })));

/** The enrolment step with its texts (the account catalogue, fetched alongside its code, not with the screen). */
function EnrolmentWithTexts({ onDone }: { onDone: () => void }) {
  const { ready } = useTranslation('account', { useSuspense: false });
  useEffect(() => void loadEnrolment(), []);
  return ready ? <TotpEnrolment onDone={onDone} /> : null;
}

type Step = 'credentials' | 'totp' | 'enrolment';

// The forms show their own errors next to the fields; the shell must not repeat them.
const context: EnlaceOperationContext & Record<string, unknown> = { handlesErrors: true };

/**
 * Sign-in: email and password, then the TOTP code when the account asks for it, or enrolling an authenticator
 * app when the role requires one and the account has none yet.
 */
export function SignInScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // Apollo Client is not loaded on this screen (api/api-source.tsx): plain requests until signed in.
  const api = useApiSource();
  const { refresh } = useSession();
  // Sent here because the server ended the session: say so, and go back to that screen once signed in.
  const ended = useLocation().state as SignInState | null;
  const returnTo = ended?.returnTo.startsWith('/') && !ended.returnTo.startsWith('//') ? ended.returnTo : '/';
  const [step, setStep] = useState<Step>('credentials');
  const [serverError, setServerError] = useState<string>();

  const follow = async (status: SignInStatus | undefined) => {
    setServerError(undefined);
    if (status === 'SIGNED_IN') {
      await enterApp(refresh, i18n);
      showNotice(i18n.t('signIn.signedIn'), 'success');
      await navigate(returnTo);
    } else if (status === 'TOTP_REQUIRED') setStep('totp');
    else if (status === 'TOTP_ENROLMENT_REQUIRED') setStep('enrolment');
  };
  const attempt = async (run: () => Promise<SignInStatus | undefined>) => {
    try {
      await follow(await run());
    } catch (error) {
      setServerError(translateApiError(error, t).message);
    }
  };

  return (
    <Card variant="outlined" sx={{ maxWidth: 440, mx: 'auto', mt: { xs: 0, sm: 4 } }}>
      <CardContent sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="h1" gutterBottom>
          {t('signIn.title')}
        </Typography>
        {step === 'credentials' && (
          <>
            {ended?.sessionEnded && (
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('error.unauthenticated')}
              </Alert>
            )}
            <Typography color="text.secondary">{t('signIn.intro')}</Typography>
            <CredentialsForm
              serverError={serverError}
              onSubmit={(variables) =>
                attempt(async () => (await sendMutation(api, SignInDocument, variables, context))?.signIn.status)
              }
            />
          </>
        )}
        <Suspense>
          {step === 'totp' && (
            <TotpForm
              serverError={serverError}
              onBack={() => setStep('credentials')}
              onSubmit={(code) =>
                attempt(async () => (await sendMutation(api, VerifyTotpDocument, { code }, context))?.verifyTotp.status)
              }
            />
          )}
          {step === 'enrolment' && (
            <>
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('signIn.enrolmentRequired')}
              </Alert>
              <ApolloBoundary>
                <EnrolmentWithTexts onDone={() => follow('SIGNED_IN')} />
              </ApolloBoundary>
            </>
          )}
        </Suspense>
      </CardContent>
    </Card>
  );
}
