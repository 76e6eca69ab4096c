import { List, ListItem, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SCREENS } from './screens';

/** The menu entries: every screen that has an icon, the current one highlighted. */
export function NavigationList() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.navigation')}>
      <List>
        {SCREENS.filter((screen) => screen.icon).map(({ path, titleKey, icon: Icon }) => (
          <ListItem key={path} disablePadding>
            <ListItemButton component={NavLink} to={path} end sx={{ '&.active': activeStyle }}>
              <ListItemIcon>{Icon && <Icon />}</ListItemIcon>
              <ListItemText primary={t(titleKey)} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </nav>
  );
}

const activeStyle = {
  bgcolor: 'action.selected',
  '& .MuiListItemText-primary': { fontWeight: 600 },
  '& .MuiListItemIcon-root': { color: 'primary.main' },
};
