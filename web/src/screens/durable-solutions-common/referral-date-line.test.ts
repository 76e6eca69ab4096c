import { createI18n } from '../../i18n/i18n';
import { referralDateLine } from './durable-solutions-terms';

describe('the date line of a solution referral as its sender follows it', () => {
  const sentAt = '2026-11-30T15:00:00.000Z';

  it.each(['es', 'en', 'pt', 'fr'] as const)(
    'in %s, says a held referral waits for the supervisor instead of calling it sent',
    async (language) => {
      const { t } = await createI18n(language, ['durableSolutions']);
      const waiting = referralDateLine({ status: 'AWAITING_CONFIRMATION', sentAt }, t);
      const sent = referralDateLine({ status: 'SENT', sentAt }, t);
      expect(waiting).toBe(t('durableSolutions.referral.waitingSince', { date: '2026-11-30' }));
      expect(waiting).not.toBe('durableSolutions.referral.waitingSince');
      expect(waiting).toContain('2026-11-30');
      expect(waiting).not.toBe(sent);
      expect(sent).toBe(t('durableSolutions.referral.sentOn', { date: '2026-11-30' }));
    },
  );

  it('reads as waiting for the confirmation in English', async () => {
    const { t } = await createI18n('en', ['durableSolutions']);
    expect(referralDateLine({ status: 'AWAITING_CONFIRMATION', sentAt }, t)).toBe(
      "Waiting for the supervisor's confirmation (since 2026-11-30)",
    );
    expect(referralDateLine({ status: 'ACCEPTED', sentAt }, t)).toBe('Sent 2026-11-30');
  });
});
