import { Alert, AlertTitle, Box, Button, Link as MuiLink } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { useSession } from '../session/session';
import { useOfferedScreens } from './navigation-list';

/**
 * A refusal that never leaves the user stuck: why this is not for them (`reason`, in their language) and what
 * they can do instead, the screens their own rules offer them, as links. A visitor is offered to sign in.
 */
export function Refusal({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const instead = useOfferedScreens().filter((screen) => screen.path !== pathname && screen.path !== '/');
  if (!user)
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" component={RouterLink} to="/sign-in">
            {t('nav.signIn')}
          </Button>
        }
      >
        {t('refusal.signInFirst')}
      </Alert>
    );
  return (
    <Alert severity="info" data-testid="refusal">
      <AlertTitle>{reason}</AlertTitle>
      {instead.length > 0 ? t('refusal.instead') : t('refusal.nothingElse')}
      {instead.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {instead.map((screen) => (
            <li key={screen.path}>
              <MuiLink component={RouterLink} to={screen.path}>
                {t(screen.titleKey)}
              </MuiLink>
            </li>
          ))}
        </Box>
      )}
    </Alert>
  );
}
