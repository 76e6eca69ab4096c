import { List, ListItem, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { useAbility } from '@casl/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { EnlaceAbility } from '../session/ability';
import { useSession } from '../session/session';
import { SCREENS, type Screen } from './screens';

/** The menu entries: every screen that has an icon, the current one highlighted. */
export function NavigationList() {
  const { t } = useTranslation();
  const { user } = useSession();
  const ability = useAbility<EnlaceAbility>();
  const offered = (screen: Screen) =>
    Boolean(screen.icon) &&
    (!screen.audience || (screen.audience === 'members') === Boolean(user)) &&
    (!screen.offeredTo || (user !== null && screen.offeredTo(ability, user.roles)));
  return (
    <nav aria-label={t('app.navigation')}>
      <List>
        {SCREENS.filter(offered).map(({ path, titleKey, icon: Icon }) => (
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
