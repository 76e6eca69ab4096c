import { formatCalendarDay } from './format-calendar-day';
import { formatDateTime } from './format-date-time';

describe('dates and times shown to officers', () => {
  const moment = '2026-03-05T18:30:00Z';

  it('are in the officer’s time zone, with the zone named', () => {
    expect(formatDateTime(moment, 'es', 'America/Guatemala')).toMatch(/5 mar.* 2026.*12:30.*(GMT-6|CST)/);
    expect(formatDateTime(moment, 'es', 'America/Cancun')).toMatch(/13:30/);
  });

  it('follow the interface language', () => {
    expect(formatDateTime(moment, 'pt', 'America/Sao_Paulo')).toMatch(/5 de mar\.? de 2026.*15:30/);
    expect(formatDateTime(moment, 'en', 'America/Belize')).toMatch(/Mar 5, 2026.*12:30 PM/);
    expect(formatDateTime(moment, 'fr', 'America/Port-au-Prince')).toMatch(/5 mars 2026.*13:30/);
  });

  it("show a calendar day as it is, whatever the browser's zone is", () => {
    expect(formatCalendarDay('2027-01-15', 'es')).toMatch(/^15 ene 2027$/);
    expect(formatCalendarDay('2027-01-01', 'en')).toBe('Jan 1, 2027');
  });
});
