import { LinearProgress } from '@mui/material';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';
import { SCREENS } from './screens';
import { withCatalogues } from './screen-with-catalogues';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    // Shown while the first screen's chunk downloads (a few seconds on a border post's line).
    hydrateFallbackElement: <LinearProgress aria-label="Enlace" />,
    // Last resort if the shell itself fails; screen errors are caught below and keep the menu usable.
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          ...SCREENS.map(({ path, lazy, titleKey, namespaces }) => ({
            path,
            lazy: withCatalogues(lazy, namespaces),
            handle: { titleKey },
          })),
          { path: '*', lazy: () => import('../screens/not-found/route'), handle: { titleKey: 'notFound.title' } },
        ],
      },
    ],
  },
];

export const createEnlaceRouter = () => createBrowserRouter(routes);
