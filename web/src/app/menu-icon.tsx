import LoginIcon from '@mui/icons-material/LoginOutlined';
import { SvgIcon, type SvgIconProps } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useLoadedClient } from '../api/api-source';
import type { MENU_ICONS } from './menu-icons';

export type MenuIconName = keyof typeof MENU_ICONS | 'login';

// A visitor's menu has one entry, sign-in: the other icons (some 3 kB over the wire) come once signed in.
const LoadedMenuIcon = lazy(() => import('./menu-icons').then((module) => ({ default: module.LoadedMenuIcon })));

/**
 * A screen's icon in the menu, on the home page and in refusals; an empty box of its size until the screen's
 * Apollo Client has come and while the icons download.
 */
export function MenuIcon({ name, ...props }: { name: MenuIconName } & SvgIconProps) {
  // After the screen: they arrive with Apollo Client, which the inbox loads only once its first answer is drawn.
  const afterScreen = useLoadedClient();
  if (name === 'login') return <LoginIcon {...props} />;
  if (!afterScreen) return <SvgIcon {...props} />;
  return (
    <Suspense fallback={<SvgIcon {...props} />}>
      <LoadedMenuIcon name={name} {...props} />
    </Suspense>
  );
}
