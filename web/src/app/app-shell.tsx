import MenuIcon from '@mui/icons-material/Menu';
import { AppBar, Box, IconButton, LinearProgress, Link, Toolbar, Typography, useMediaQuery } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { useSession } from '../session/session';
import { ConnectionBanner } from './connection-banner';
import { NavigationDrawer, DRAWER_WIDTH } from './navigation-drawer';
import { NoticeSnackbar } from './notice-snackbar';

/** Top bar, menu and the current screen. The menu is a fixed column on wide screens, a drawer on small ones. */
export function AppShell() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const navigation = useNavigation();
  const { user } = useSession();
  useDocumentTitle();

  // A link chosen in the small-screen drawer should close it.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link href="#main" sx={skipLinkStyle}>
        {t('app.skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          {!wide && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t('app.openNavigation')}
              onClick={() => setMenuOpen(true)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography component="p" variant="h6" noWrap sx={{ fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          {user && (
            <Typography component="p" noWrap sx={{ opacity: 0.85, display: { xs: 'none', sm: 'block' } }}>
              {user.agency.name}
            </Typography>
          )}
          <Box sx={{ flexGrow: 1 }} />
          <Box sx={{ bgcolor: 'background.paper', borderRadius: 1, py: 0.5, px: 1 }}>
            <LanguageSwitcher />
          </Box>
        </Toolbar>
        {navigation.state === 'loading' && <LinearProgress color="secondary" aria-hidden />}
      </AppBar>
      <NavigationDrawer
        variant={wide ? 'permanent' : 'temporary'}
        open={wide || menuOpen}
        onClose={() => setMenuOpen(false)}
      />
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, width: { md: `calc(100% - ${DRAWER_WIDTH}px)` } }}
      >
        <Toolbar sx={{ mb: 1 }} />
        <ConnectionBanner />
        <Box sx={{ p: { xs: 2, sm: 3 } }}>
          <Outlet />
        </Box>
      </Box>
      <NoticeSnackbar />
    </Box>
  );
}

function useDocumentTitle() {
  const { t } = useTranslation();
  const matches = useMatches();
  const titleKey = [...matches]
    .reverse()
    .map((match) => (match.handle as { titleKey?: string } | undefined)?.titleKey)
    .find(Boolean);
  const title = titleKey ? `${t(titleKey)} · ${t('app.name')}` : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

const skipLinkStyle = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  bgcolor: 'background.paper',
  p: 1,
  '&:focus': { top: 8 },
} as const;
