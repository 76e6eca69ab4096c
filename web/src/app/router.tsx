import { LinearProgress } from '@mui/material';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { ApiSource } from '../api/api-source';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';
import { SCREENS } from './screens';
import { withCatalogues } from './screen-with-catalogues';

/** What the shell reads from a route's `handle`: its title, and whether its screen works without Apollo. */
export interface ScreenHandle {
  titleKey: string;
  withoutApollo?: boolean;
}

/**
 * The app's routes. A screen that needs Apollo Client has it downloaded together with its own code and texts
 * (`api.load()`), not one round trip later when the screen first renders.
 */
export const enlaceRoutes = (api?: ApiSource): RouteObject[] => [
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
          ...SCREENS.map(({ path, lazy, titleKey, namespaces, withoutApollo }) => ({
            path,
            lazy: withCatalogues(withoutApollo || !api ? lazy : withApollo(api, lazy), namespaces),
            handle: { titleKey, withoutApollo } satisfies ScreenHandle,
          })),
          { path: '*', lazy: () => import('../screens/not-found/route'), handle: { titleKey: 'notFound.title' } },
        ],
      },
    ],
  },
];

function withApollo<T>(api: ApiSource, lazy: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([lazy(), api.load()]))[0];
}

export const createEnlaceRouter = (api: ApiSource) => createBrowserRouter(enlaceRoutes(api));
