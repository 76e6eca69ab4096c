import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './api/apollo-client';
import { AppProviders } from './app/app-providers';
import { createEnlaceRouter } from './app/router';
import { createI18n } from './i18n/i18n';

const i18n = await createI18n();
const client = createApolloClient(i18n);
const router = createEnlaceRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders i18n={i18n} client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
