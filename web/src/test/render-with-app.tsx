import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

/** Renders a component inside the app's real providers, in a given language, with mocked API answers. */
export async function renderWithApp(
  ui: ReactNode,
  { language = 'es', mocks = [] }: { language?: Language; mocks?: MockLink.MockedResponse[] } = {},
) {
  const i18n = await createI18n(language);
  const client = new ApolloClient({ link: new MockLink(mocks), cache: new InMemoryCache() });
  const view = render(
    <AppProviders i18n={i18n} client={client}>
      <MemoryRouter>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...view, i18n };
}
