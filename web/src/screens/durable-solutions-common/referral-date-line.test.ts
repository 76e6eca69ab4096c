import { createI18n } from '../../i18n/i18n';
import { referralDateLine } from './durable-solutions-terms';

describe('the date line of a solution referral as its sender follows it', () => {
  const sentAt = '2026-11-30T15:00:00.000Z';

  it.each(['es', 'en', 'pt', 'fr'] as const)(
    'in %s, says a held referral waits for the supervisor instead of calling it sent',
    async (language) => {
      const { t } = await createI18n(language, ['durableSolutions']);
      const waiting = referralDateLine({ status: 'AWAITING_CONFIRMATION', sentAt }, t, language, 'America/Costa_Rica');
      const sent = referralDateLine({ status: 'SENT', sentAt }, t, language, 'America/Costa_Rica');
      expect(waiting).not.toBe('durableSolutions.referral.waitingSince');
      expect(waiting).toContain('30');
      expect(waiting).not.toContain('2026-11-30');
      expect(waiting).not.toBe(sent);
    },
  );

  it('reads as waiting for the confirmation in English', async () => {
    const { t } = await createI18n('en', ['durableSolutions']);
    expect(referralDateLine({ status: 'AWAITING_CONFIRMATION', sentAt }, t, 'en', 'America/Costa_Rica')).toBe(
      "Waiting for the supervisor's confirmation (since Nov 30, 2026)",
    );
    expect(referralDateLine({ status: 'ACCEPTED', sentAt }, t, 'en', 'America/Costa_Rica')).toBe('Sent Nov 30, 2026');
  });

  it("says the day of the sender's time zone, not the server's: 01:30 UTC is the evening before in Costa Rica", async () => {
    const { t } = await createI18n('es', ['durableSolutions']);
    const late = '2026-12-01T01:30:00.000Z';
    expect(referralDateLine({ status: 'SENT', sentAt: late }, t, 'es', 'America/Costa_Rica')).toBe(
      'Enviada el 30 nov 2026',
    );
    expect(referralDateLine({ status: 'SENT', sentAt: late }, t, 'es', 'UTC')).toBe('Enviada el 1 dic 2026');
  });
});
