import { useAbility } from '@casl/react';
import { Box, List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { EnlaceAbility } from '../session/ability';
import { useSession } from '../session/session';
import { MenuIcon } from './menu-icon';
import { SCREENS, type Screen } from './screens';

/**
 * The screens of the menu offered to this user (those with an icon, for their audience, allowed by their CASL
 * rules): the menu itself, and the "what you can do instead" of every refusal and of the home page.
 */
export function useOfferedScreens(): Screen[] {
  const { user } = useSession();
  const ability = useAbility<EnlaceAbility>();
  const offered = (screen: Screen) =>
    Boolean(screen.icon) &&
    (!screen.audience || (screen.audience === 'members') === Boolean(user)) &&
    (!screen.offeredTo || (user !== null && screen.offeredTo(ability, user.roles)));
  return SCREENS.filter(offered);
}

/**
 * The menu entries: every screen with an icon offered to this user, the current one highlighted. `onChoose` runs
 * on every choice, the current page's too (the drawer closes then, although the address does not change).
 */
export function NavigationList({ onChoose }: { onChoose?: () => void } = {}) {
  const { t } = useTranslation();
  const offered = useOfferedScreens();
  return (
    <nav aria-label={t('app.navigation')}>
      <List>
        {offered.map(({ path, titleKey, icon }) => (
          // A plain list item: MUI's ListItem brings secondary-action machinery the menu never uses (first download).
          <Box component="li" key={path}>
            <ListItemButton component={NavLink} to={path} end onClick={onChoose} sx={{ '&.active': activeStyle }}>
              <ListItemIcon>{icon && <MenuIcon name={icon} />}</ListItemIcon>
              <ListItemText primary={t(titleKey)} />
            </ListItemButton>
          </Box>
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
