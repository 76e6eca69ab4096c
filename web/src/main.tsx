import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiSource } from './api/api-source';
import { AppProviders } from './app/app-providers';
import { EnlaceBrowserRouter, EnlaceRoutes } from './app/router';
import { createI18n } from './i18n/i18n';

const i18n = await createI18n();
const api = createApiSource(() => import('./api/apollo-client').then((module) => module.createApolloClient(i18n)));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders i18n={i18n} api={api}>
      <EnlaceBrowserRouter>
        <EnlaceRoutes api={api} />
      </EnlaceBrowserRouter>
    </AppProviders>
  </StrictMode>,
);
