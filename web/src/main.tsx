import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApiSource } from './api/api-source';
import { AppProviders } from './app/app-providers';
import { createEnlaceRouter } from './app/router';
import { createI18n } from './i18n/i18n';

const i18n = await createI18n();
const api = createApiSource(() => import('./api/apollo-client').then((module) => module.createApolloClient(i18n)));
const router = createEnlaceRouter(api);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders i18n={i18n} api={api}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
