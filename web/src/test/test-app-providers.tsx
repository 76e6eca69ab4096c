import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { providedApiSource } from '../api/api-source';
import { AppProviders } from '../app/app-providers';

/** The app's providers around a test's mocked Apollo client, ready from the start (the app loads its own lazily). */
export function TestAppProviders({
  i18n,
  client,
  children,
}: {
  i18n: I18n;
  client: ApolloClient;
  children: ReactNode;
}) {
  const api = useMemo(() => providedApiSource(client), [client]);
  return (
    <ApolloProvider client={client}>
      <AppProviders i18n={i18n} api={api}>
        {children}
      </AppProviders>
    </ApolloProvider>
  );
}
