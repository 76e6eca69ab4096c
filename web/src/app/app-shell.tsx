import MenuIcon from '@mui/icons-material/Menu';
import { AppBar, Box, IconButton, LinearProgress, Paper, Toolbar, Typography, useMediaQuery } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ApolloBoundary, screenFallback } from '../api/api-source';
import { useNotices } from '../api/notices';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { type SignInState, useSession } from '../session/session';
import { SignOutButton } from '../session/sign-out-button';
import { ConnectionBanner } from './connection-banner';
import { NavigationList } from './navigation-list';
import { useNavigationPending, useScreenHandle } from './navigation-state';

export const DRAWER_WIDTH = 240;

// Not needed to draw the first screen on a laptop: the sliding drawer (small screens) and the notice popup.
const loadNavigationDrawer = () => import('./navigation-drawer');
const NavigationDrawer = lazy(loadNavigationDrawer);
const NoticeSnackbar = lazy(() => import('./notice-snackbar'));
const ShellMenu = lazy(() => import('./shell-menu'));
// Signed-in only: the sign-in screen does not download the bell's query and subscription.
const NotificationBell = lazy(() =>
  import('../session/notification-bell').then((bell) => ({ default: bell.NotificationBell })),
);

/** Top bar, menu and the current screen. The menu is a fixed column on wide screens, a drawer on small ones. */
export function AppShell() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  // A phone (390 px at a border post): the language and sign-out move into one menu, so the name stays whole.
  const narrow = !useMediaQuery(theme.breakpoints.up('sm'), { noSsr: true });
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const navigating = useNavigationPending();
  const { user } = useSession();
  const [notice] = useNotices();
  const handle = useScreenHandle();
  useDocumentTitle(handle?.titleKey);
  useSignInWhenSessionEnds();

  // A link chosen in the small-screen drawer should close it.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {/* A plain anchor: MUI's Link would add 1.5 kB to the first download for this one link. */}
      <Box component="a" href="#main" sx={skipLinkStyle}>
        {t('app.skipToContent')}
      </Box>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          {!wide && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t('app.openNavigation')}
              onPointerEnter={() => void loadNavigationDrawer()}
              onClick={() => setMenuOpen(true)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography component="p" variant="h6" noWrap sx={{ fontWeight: 700, flexShrink: 0 }}>
            {t('app.name')}
          </Typography>
          {user && (
            <Typography component="p" noWrap title={user.agency.name} sx={{ opacity: 0.9 }}>
              <Box component="span" sx={{ display: { xs: 'none', md: 'inline' } }}>
                {user.agency.name}
              </Box>
              <Box component="span" sx={{ display: { xs: 'inline', md: 'none' } }}>
                {user.agency.acronym}
              </Box>
            </Typography>
          )}
          <Box sx={{ flexGrow: 1 }} />
          {user && (
            // After the screen's first answer (the inbox loads Apollo only then); a box of the bell's size meanwhile.
            <ApolloBoundary waitForScreen fallback={bellSpace}>
              <Suspense fallback={bellSpace}>
                <NotificationBell />
              </Suspense>
            </ApolloBoundary>
          )}
          {narrow ? (
            <Suspense>
              <ShellMenu signedIn={!!user} />
            </Suspense>
          ) : (
            <>
              <LanguageSwitcher />
              {user && <SignOutButton />}
            </>
          )}
        </Toolbar>
        {navigating && <LinearProgress color="secondary" aria-hidden />}
      </AppBar>
      {wide ? (
        <Paper component="aside" square variant="outlined" sx={asideStyle}>
          <Toolbar />
          <NavigationList />
        </Paper>
      ) : (
        menuOpen && (
          <Suspense>
            <NavigationDrawer open={menuOpen} onClose={() => setMenuOpen(false)} />
          </Suspense>
        )
      )}
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0 }}>
        <Toolbar />
        <ConnectionBanner />
        <Box sx={{ p: { xs: 2, sm: 3 } }}>
          {/* Apollo Client is loaded for the screens that use it: not for the sign-in screen. */}
          {/* The current screen stays on show while the next one downloads (see EnlaceBrowserRouter). */}
          {handle?.withoutApollo ? (
            <Suspense fallback={screenFallback}>
              <Outlet />
            </Suspense>
          ) : (
            <ApolloBoundary fallback={screenFallback}>
              <Suspense fallback={screenFallback}>
                <Outlet />
              </Suspense>
            </ApolloBoundary>
          )}
        </Box>
      </Box>
      {notice && (
        <Suspense>
          <NoticeSnackbar notice={notice} />
        </Suspense>
      )}
    </Box>
  );
}

/**
 * A session that ends while a screen is open (expiry, sign-out in another tab, account disabled: the server
 * answers UNAUTHENTICATED) leads to the sign-in page, where the notice says why; the screen's own "try again"
 * could never succeed.
 */
function useSignInWhenSessionEnds() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const { sessionEnded, sawSessionEnd } = useSession();
  useEffect(() => {
    if (!sessionEnded) return;
    sawSessionEnd();
    if (pathname === '/sign-in') return;
    // Signed out here: the officer's choice, nothing to explain and no screen to come back to.
    const state: SignInState | null =
      sessionEnded === 'byServer' ? { sessionEnded: true, returnTo: `${pathname}${search}` } : null;
    void navigate('/sign-in', { replace: true, state });
  }, [sessionEnded, sawSessionEnd, pathname, search, navigate]);
}

function useDocumentTitle(titleKey: string | undefined) {
  const { t } = useTranslation();
  const title = titleKey ? `${t(titleKey)} · ${t('app.name')}` : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

const bellSpace = <Box sx={{ width: 40, height: 40, flexShrink: 0 }} />;

const asideStyle = {
  width: DRAWER_WIDTH,
  flexShrink: 0,
  borderTop: 0,
  borderLeft: 0,
  borderBottom: 0,
  position: 'sticky',
  top: 0,
  height: '100vh',
  overflowY: 'auto',
} as const;

const skipLinkStyle = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  bgcolor: 'background.paper',
  color: 'primary.main',
  p: 1,
  '&:focus': { top: 8 },
} as const;
