import { nextDay, startOfDayIn } from './day-bounds';

describe('audit filter days', () => {
  it('start at midnight where the auditor works', () => {
    expect(startOfDayIn('2026-03-03', 'America/Lima').toISOString()).toBe('2026-03-03T05:00:00.000Z');
    expect(startOfDayIn('2026-03-03', 'UTC').toISOString()).toBe('2026-03-03T00:00:00.000Z');
    // Brasília, and a day that starts in summer time elsewhere.
    expect(startOfDayIn('2026-07-01', 'America/Sao_Paulo').toISOString()).toBe('2026-07-01T03:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'Europe/Madrid').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('end where the next day begins, across month ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
