import { Card, CardActionArea, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOfferedScreens } from '../../app/navigation-list';
import { MenuIcon } from '../../app/menu-icon';

/**
 * The home of a member who works on no referral (secretariat, administrators, auditors): the screens their own
 * rules offer them, each a card, instead of referral figures that would be false for their agency.
 */
export function YourWork() {
  const { t } = useTranslation();
  const screens = useOfferedScreens().filter((screen) => screen.path !== '/' && screen.path !== '/profile');
  return (
    <Stack component="section" aria-labelledby="home-your-work" spacing={1.5}>
      <Typography id="home-your-work" variant="h2">
        {t('home.yourWork.title')}
      </Typography>
      <Typography color="text.secondary">{t('home.yourWork.intro')}</Typography>
      <Grid container spacing={2}>
        {screens.map(({ path, titleKey, icon }) => (
          <Grid key={path} size={{ xs: 12, sm: 6, md: 4 }}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardActionArea component={Link} to={path} sx={{ height: '100%' }}>
                <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
                  {icon && <MenuIcon name={icon} color="primary" aria-hidden />}
                  <Typography sx={{ fontWeight: 600 }}>{t(titleKey)}</Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </Stack>
  );
}
