import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';
import { SCREENS } from './screens';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    // Last resort if the shell itself fails; screen errors are caught below and keep the menu usable.
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          ...SCREENS.map(({ path, lazy, titleKey }) => ({ path, lazy, handle: { titleKey } })),
          { path: '*', lazy: () => import('../screens/not-found/route'), handle: { titleKey: 'notFound.title' } },
        ],
      },
    ],
  },
];

export const createEnlaceRouter = () => createBrowserRouter(routes);
