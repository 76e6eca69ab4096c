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
import { ReferralEventsDocument } from '../screens/referral-inbox/referral-live.generated';
import { NotificationEventsDocument, UnreadNotificationCountDocument } from '../session/notification-bell.generated';

/** The server's answer to `me` for a visitor who has not signed in. */
export const anonymousVisitor: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: { errors: [new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } })] },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A live feed that is open and where nothing happens during a test. */
const quiet = (query: MockLink.MockedResponse['request']['query']): MockLink.MockedResponse => ({
  request: { query },
  result: { data: {} },
  delay: Number.POSITIVE_INFINITY,
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/**
 * What every signed-in screen asks besides its own data (live feeds, the bell's count), answered unless a test
 * mocks it itself: an unanswered one prints "No more mocked responses" and updates the screen outside act().
 */
export const AMBIENT: MockLink.MockedResponse[] = [
  quiet(CoordinationEventsDocument),
  quiet(ReferralEventsDocument),
  quiet(NotificationEventsDocument),
  {
    request: { query: UnreadNotificationCountDocument },
    result: { data: { unreadNotificationCount: 0 } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

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
  const ambient = AMBIENT.filter((answer) => !mocks.some((mock) => mock.request.query === answer.request.query));
  const client = new ApolloClient({
    link: new MockLink([...(hasMe ? [] : [anonymousVisitor]), ...mocks, ...ambient]),
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
