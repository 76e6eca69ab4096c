import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiSource } from './api/api-source';
import { AppProviders } from './app/app-providers';
import { EnlaceBrowserRouter, EnlaceRoutes, preloadScreen } from './app/router';
import { createI18n } from './i18n/i18n';
import { prefetchMe } from './session/use-me';

// Who is signed in, and a signed-in user's ability rules, asked for while the rest starts (one round trip less).
void prefetchMe().then((user) => user && import('./session/ability-scope'));
const i18n = await createI18n();
const api = createApiSource(() => import('./api/apollo-client').then((module) => module.createApolloClient(i18n)));
// The first screen's code, texts and (if it uses it) Apollo Client, downloading while React renders the shell.
preloadScreen(api, window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders i18n={i18n} api={api}>
      <EnlaceBrowserRouter>
        <EnlaceRoutes api={api} />
      </EnlaceBrowserRouter>
    </AppProviders>
  </StrictMode>,
);
