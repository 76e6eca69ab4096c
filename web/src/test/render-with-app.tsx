import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../api/cache';
import { TestAppProviders } from './test-app-providers';
import { MeDocument } from '../session/me.generated';
import { createI18n, SCREEN_NAMESPACES } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { CoordinationEventsDocument } from '../screens/coordination-common/coordination-live.generated';

/** The server's answer to `me` for a visitor who has not signed in. */
export const anonymousVisitor: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: { errors: [new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } })] },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The coordination screens' live events: open, and nothing happens during a test (unless a test says so). */
const quietCoordination: MockLink.MockedResponse = {
  request: { query: CoordinationEventsDocument },
  result: { data: {} },
  delay: Number.POSITIVE_INFINITY,
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Renders a component inside the app's real providers, in a given language, with mocked API answers. */
export async function renderWithApp(
  ui: ReactNode,
  {
    language = 'es',
    mocks = [],
    path = '/',
  }: { language?: Language; mocks?: MockLink.MockedResponse[]; path?: string } = {},
) {
  const i18n = await createI18n(language, SCREEN_NAMESPACES);
  const hasMe = mocks.some((mock) => mock.request.query === MeDocument);
  const quiet = mocks.some((mock) => mock.request.query === CoordinationEventsDocument) ? [] : [quietCoordination];
  const client = new ApolloClient({
    link: new MockLink([...(hasMe ? [] : [anonymousVisitor]), ...mocks, ...quiet]),
    // The app's own cache, with its pagination policies.
    cache: createCache(),
  });
  const view = render(
    <TestAppProviders i18n={i18n} client={client}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </TestAppProviders>,
  );
  return { ...view, i18n, client };
}
