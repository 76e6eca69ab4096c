import { createContext, useContext, useMemo } from 'react';
import { matchRoutes, useLocation } from 'react-router';
import { NOT_FOUND, SCREENS } from './screens';

/** What the shell knows of the screen on show: its title, and whether it works without Apollo. */
export interface ScreenHandle {
  titleKey: string;
  withoutApollo?: boolean;
}

const HANDLES = [...SCREENS, NOT_FOUND].map(({ path, titleKey, withoutApollo }) => ({
  path,
  handle: { titleKey, withoutApollo } satisfies ScreenHandle,
}));

/** The handle of the screen the address points to (matched as `<Routes>` matches it). */
export function useScreenHandle(): ScreenHandle | undefined {
  const { pathname } = useLocation();
  return useMemo(() => matchRoutes(HANDLES, pathname)?.at(-1)?.route.handle, [pathname]);
}

/** True while the next screen's code downloads after a link was followed (the current screen stays on show). */
export const NavigationPending = createContext(false);

export const useNavigationPending = (): boolean => useContext(NavigationPending);
