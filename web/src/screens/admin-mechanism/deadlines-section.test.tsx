import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeDocument } from '../../session/me.generated';
import { signedInAs } from '../../test/admin-sessions';
import { renderWithApp } from '../../test/render-with-app';
import { DeadlinesSection } from './deadlines-section';
import { ConfigureReferralDeadlinesDocument } from './mechanism.operations';

const rule = (urgency: string, acknowledgeWithinMinutes: number, answerWithinMinutes: number, configured = false) => ({
  __typename: 'ReferralDeadlineRule' as const,
  urgency: urgency as 'IMMEDIATE',
  acknowledgeWithinMinutes,
  answerWithinMinutes,
  configured,
});
const defaults = [rule('IMMEDIATE', 120, 480), rule('URGENT', 1440, 4320), rule('ROUTINE', 4320, 10080)];

describe('the deadlines of a mechanism', () => {
  it('may be changed by its secretariat, with the rules checked in Spanish first', async () => {
    const configure = {
      request: {
        query: ConfigureReferralDeadlinesDocument,
        variables: {
          mechanismId: 'mechanism-gt-mx',
          deadlines: [
            { urgency: 'IMMEDIATE', acknowledgeWithinMinutes: 60, answerWithinMinutes: 240 },
            { urgency: 'URGENT', acknowledgeWithinMinutes: 1440, answerWithinMinutes: 4320 },
            { urgency: 'ROUTINE', acknowledgeWithinMinutes: 4320, answerWithinMinutes: 10080 },
          ],
        },
      },
      result: {
        data: {
          configureReferralDeadlines: [
            rule('IMMEDIATE', 60, 240, true),
            rule('URGENT', 1440, 4320, true),
            rule('ROUTINE', 4320, 10080, true),
          ],
        },
      },
    };
    await renderWithApp(<DeadlinesSection mechanismId="mechanism-gt-mx" deadlines={defaults} />, {
      mocks: [signedInAs('secretariat'), configure],
    });
    const change = await screen.findByRole('button', { name: 'Cambiar plazos' }, { timeout: 10_000 });
    expect(screen.getByRole('cell', { name: '2 horas' })).toBeInTheDocument();
    await userEvent.click(change);
    // In hours and days, as people think of deadlines: 2 hours shows as "2" with "horas".
    const acknowledge = screen.getByLabelText('Confirmar recepción (Inmediata)');
    const answer = screen.getByLabelText('Responder (Inmediata)');
    expect(acknowledge).toHaveValue('2');
    expect(screen.getByLabelText('Unidad de «Confirmar recepción (Inmediata)»')).toHaveValue('HOURS');
    await userEvent.clear(acknowledge);
    await userEvent.type(acknowledge, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(
      await screen.findByText('El plazo para responder no puede ser menor que el de confirmar la recepción.'),
    ).toBeInTheDocument();

    await userEvent.clear(acknowledge);
    await userEvent.type(acknowledge, '1');
    await userEvent.clear(answer);
    await userEvent.type(answer, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByRole('button', { name: 'Cambiar plazos' })).toBeInTheDocument();
  });

  it('are only read by a platform administrator, who is not the secretariat', async () => {
    const { client } = await renderWithApp(<DeadlinesSection mechanismId="mechanism-gt-mx" deadlines={defaults} />, {
      mocks: [signedInAs('platformAdmin')],
    });
    // Once `me` is in, the section is drawn again with the administrator's rules.
    await act(async () => {
      await client.query({ query: MeDocument });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const table = await screen.findByRole('table', { name: 'Plazos de las remisiones' });
    expect(within(table).getByRole('cell', { name: '1 día' })).toBeInTheDocument();
    expect(
      await screen.findByText(/Solo la secretaría del mecanismo puede cambiarlos/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cambiar plazos' })).not.toBeInTheDocument();
  });
});
