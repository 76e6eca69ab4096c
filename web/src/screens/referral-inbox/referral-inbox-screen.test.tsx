import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InboxMechanismsDocument } from './referral-inbox.generated';
import { ReferralEventsDocument } from './referral-live.generated';
import { ReferralInboxDocument } from './referral-inbox.generated';
import { signedInAs } from '../../test/admin-sessions';
import { connectionPage } from '../../test/connection-page';
import { renderWithApp } from '../../test/render-with-app';
import { ReferralInboxScreen } from './referral-inbox-screen';

const agency = (id: string, name: string, acronym: string, country: string) => ({
  __typename: 'Agency',
  id,
  name,
  acronym,
  country: {
    __typename: 'Country',
    id: country,
    names: { __typename: 'LocalizedNames', es: country, en: country, pt: country, fr: country },
  },
});
const referral = (id: string, title: string) => ({
  __typename: 'Referral',
  id,
  reference: `REF-${id}`,
  title,
  status: 'SENT',
  category: 'SMUGGLING_INCIDENT',
  urgency: 'ROUTINE',
  dueAt: null,
  overdue: false,
  assignedTo: null,
  createdAt: '2026-11-30T10:00:00.000Z',
  sendingAgency: agency('agency-mx', 'Instituto Nacional de Migración', 'INM', 'MX'),
  receivingAgency: agency('agency-gt', 'Instituto Guatemalteco de Migración', 'IGM', 'GT'),
});
const page = (nodes: ReturnType<typeof referral>[], hasNextPage: boolean, after: string | null = null) => ({
  data: {
    referrals: {
      ...connectionPage('Referral', nodes, { hasNextPage, after }),
      totalCount: 3,
      statusCounts: [{ __typename: 'ReferralStatusCount', status: 'SENT', count: 3 }],
    },
  },
});
const variables = { box: 'INBOX', filter: {}, first: 25 };
// The mechanisms of the filter, and a live line on which nothing happens during the test.
const mechanisms = {
  request: { query: InboxMechanismsDocument },
  result: { data: { mechanisms: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const quietLine = {
  request: { query: ReferralEventsDocument },
  result: { data: {} },
  delay: Number.POSITIVE_INFINITY,
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the inbox', () => {
  it('adds the next page below the referrals shown, until there are no more', async () => {
    await renderWithApp(<ReferralInboxScreen />, {
      path: '/referrals/inbox',
      mocks: [
        signedInAs('officer'),
        mechanisms,
        quietLine,
        {
          request: { query: ReferralInboxDocument, variables },
          result: page([referral('r3', 'Camión con migrantes'), referral('r2', 'Lancha en el río')], true),
        },
        {
          request: { query: ReferralInboxDocument, variables: { ...variables, after: 'c:r2' } },
          result: page([referral('r1', 'Grupo abandonado')], false, 'c:r2'),
        },
      ],
    });
    // Shown in the officer's time zone: the session has arrived, and with it the screen for good.
    expect(await screen.findAllByText(/30 nov 2026, 04:00 GMT-6/, undefined, { timeout: 10_000 })).toHaveLength(2);
    expect(screen.getByText('2 de 3 remisiones')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Camión con migrantes' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cargar más' }));
    expect(await screen.findByText('3 de 3 remisiones')).toBeInTheDocument();
    // Added below the first page (the cache's connection policy), not shown instead of it.
    const titles = within(screen.getByRole('table'))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(titles).toEqual(['Camión con migrantes', 'Lancha en el río', 'Grupo abandonado']);
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
  });
});
