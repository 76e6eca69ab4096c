import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { translateApiError } from '../../api/translate-api-error';
import { ChangeMyPasswordDocument, SignOutEverywhereDocument, UpdateMyProfileDocument } from './profile.generated';
import { MeDocument } from '../../session/me.generated';
import { isLanguage } from '../../i18n/languages';
import { useSession, type SignedInUser } from '../../session/session';
import type { Preferences } from './account.schema';
import { ChangePasswordForm } from './change-password-form';
import { PreferencesForm } from './preferences-form';
import { TotpEnrolment } from './totp-enrolment';

// Each form shows its own errors; the shell must not repeat them.
const context: EnlaceOperationContext = { handlesErrors: true };

/** The signed-in person's own account: language and time zone, password, two-step verification, sessions. */
export function ProfileScreen() {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  if (!user) return loading ? <LinearProgress aria-label={t('app.loading')} /> : <Navigate to="/sign-in" replace />;
  return (
    <Stack spacing={3} sx={{ maxWidth: 720 }}>
      <div>
        <Typography variant="h1">{t('account.profile.title')}</Typography>
        <Typography color="text.secondary">
          {user.name} · {user.email} · {user.agency.name}
        </Typography>
      </div>
      <Section title={t('account.preferences.title')}>
        <PreferencesSection user={user} />
      </Section>
      <Section title={t('account.password.title')}>
        <PasswordSection />
      </Section>
      <Section title={t('account.totp.title')}>
        <TotpSection enabled={user.totpEnabled} />
      </Section>
      <Section title={t('account.sessions.title')}>
        <SignOutEverywhere />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function PreferencesSection({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const [update] = useMutation(UpdateMyProfileDocument, { context });
  const [serverError, setServerError] = useState<string>();
  const initial: Preferences = { locale: isLanguage(user.locale) ? user.locale : 'es', timeZone: user.timeZone };
  // The answer updates `me` in the cache; the session then switches the interface to the saved language.
  const save = async (input: Preferences) => {
    setServerError(undefined);
    try {
      await update({ variables: { input } });
      // Said in the language just chosen, which the session switches to from the saved profile anyway.
      await i18n.changeLanguage(input.locale);
      showNotice(i18n.t('account.preferences.saved'), 'success');
    } catch (error) {
      const { message, fields } = translateApiError(error, t);
      setServerError(fields['input.locale'] ?? fields['input.timeZone'] ?? message);
    }
  };
  return <PreferencesForm initial={initial} onSubmit={save} serverError={serverError} />;
}

function PasswordSection() {
  const { t } = useTranslation();
  const [change] = useMutation(ChangeMyPasswordDocument, { context });
  const [serverError, setServerError] = useState<string>();
  const save = async (currentPassword: string, newPassword: string) => {
    setServerError(undefined);
    try {
      await change({ variables: { currentPassword, newPassword } });
      showNotice(t('account.password.changed'), 'success');
      return true;
    } catch (error) {
      const { message, fields } = translateApiError(error, t);
      setServerError(fields.currentPassword ?? fields.newPassword ?? message);
      return false;
    }
  };
  return (
    <>
      <Typography color="text.secondary">{t('account.password.explain')}</Typography>
      <ChangePasswordForm onSubmit={save} serverError={serverError} />
    </>
  );
}

function TotpSection({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  if (enabled) return <Alert severity="success">{t('account.totp.isOn')}</Alert>;
  const done = async () => {
    await client.refetchQueries({ include: [MeDocument] }).catch(() => undefined);
  };
  return <TotpEnrolment onDone={done} />;
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [signOutEverywhere, { loading }] = useMutation(SignOutEverywhereDocument, { context });
  const confirm = async () => {
    try {
      const { data } = await signOutEverywhere();
      setAsking(false);
      showNotice(t('account.sessions.ended', { count: data?.signOutEverywhere ?? 0 }), 'success');
      // This browser's session ended too: forget what was cached for the user, then show sign-in.
      await client.resetStore().catch(() => undefined);
      await navigate('/sign-in');
    } catch (error) {
      setAsking(false);
      showNotice(translateApiError(error, t).message, 'error');
    }
  };
  return (
    <>
      <Typography color="text.secondary" gutterBottom>
        {t('account.sessions.explain')}
      </Typography>
      <Button variant="outlined" color="error" onClick={() => setAsking(true)}>
        {t('account.sessions.signOutEverywhere')}
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="sign-out-everywhere-title">
        <DialogTitle id="sign-out-everywhere-title">{t('account.sessions.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('account.sessions.confirmBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{t('account.cancel')}</Button>
          <Button color="error" variant="contained" disabled={loading} onClick={() => void confirm()}>
            {t('account.sessions.signOutEverywhere')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
