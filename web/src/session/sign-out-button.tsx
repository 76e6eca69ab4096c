import LogoutIcon from '@mui/icons-material/Logout';
import { Button, IconButton } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiSource } from '../api/api-source';
import { useSession } from './session';
import { SignOutDocument } from './sign-out.generated';
import { forgetAllDrafts } from '../screens/new-referral/forget-drafts';

/** Signing out: ends the session on the server, then forgets everything cached for this user before showing sign-in. */
export function useSignOut() {
  const navigate = useNavigate();
  const api = useApiSource();
  const { signingOut } = useSession();
  const [loading, setLoading] = useState(false);
  const onClick = async () => {
    // The unsent referral forms go first: whatever happens next, nothing personal stays in this browser.
    forgetAllDrafts();
    signingOut();
    setLoading(true);
    // Through Apollo (loaded for any signed-in screen), whose error link shows a failure as a notice.
    const client = await api.load();
    await client.mutate({ mutation: SignOutDocument }).finally(() => setLoading(false));
    // resetStore refetches the active queries, so `me` comes back empty and the shell shows a visitor. Those
    // refetches now answer UNAUTHENTICATED, which rejects resetStore: that is the expected outcome, not an error.
    await client.resetStore().catch(() => undefined);
    await navigate('/sign-in');
  };
  return { signOut: onClick, loading };
}

/** The top bar's sign-out: a labelled button, or an icon on a small screen. */
export function SignOutButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { signOut: onClick, loading } = useSignOut();
  if (compact)
    return (
      <IconButton
        color="inherit"
        edge="end"
        aria-label={t('app.signOut')}
        disabled={loading}
        onClick={() => void onClick()}
      >
        <LogoutIcon />
      </IconButton>
    );
  return (
    <Button color="inherit" startIcon={<LogoutIcon />} disabled={loading} onClick={() => void onClick()}>
      {t('app.signOut')}
    </Button>
  );
}
