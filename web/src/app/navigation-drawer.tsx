import { Drawer, List, ListItemButton, ListItemIcon, ListItemText, Toolbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SCREENS } from './screens';

export const DRAWER_WIDTH = 240;

interface NavigationDrawerProps {
  variant: 'permanent' | 'temporary';
  open: boolean;
  onClose: () => void;
}

export function NavigationDrawer({ variant, open, onClose }: NavigationDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      variant={variant}
      open={open}
      onClose={onClose}
      sx={{ width: { md: DRAWER_WIDTH }, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}
    >
      <Toolbar />
      <nav aria-label={t('app.navigation')}>
        <List>
          {SCREENS.filter((screen) => screen.icon).map(({ path, titleKey, icon: Icon }) => (
            <ListItemButton key={path} component={NavLink} to={path} end sx={{ '&.active': activeStyle }}>
              <ListItemIcon>{Icon && <Icon />}</ListItemIcon>
              <ListItemText primary={t(titleKey)} />
            </ListItemButton>
          ))}
        </List>
      </nav>
    </Drawer>
  );
}

const activeStyle = {
  bgcolor: 'action.selected',
  fontWeight: 600,
  '& .MuiListItemIcon-root': { color: 'primary.main' },
};
