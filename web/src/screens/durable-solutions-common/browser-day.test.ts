/**
 * @jest-environment ./web/src/test/browser-zone-environment.mjs
 * @jest-environment-options {"timeZone": "America/Costa_Rica"}
 */
import { calendarWindow } from '../durable-solutions-plan/follow-up-calendar-screen';
import { today } from './durable-solutions-terms';

describe("the durable-solutions forms' today, in Costa Rica at 19:30 on 30 November (1 December in UTC)", () => {
  const evening = new Date('2026-12-01T01:30:00.000Z');

  it('is the officer’s day, not the UTC one', () => {
    expect(today(evening)).toBe('2026-11-30');
  });

  it('is the day date fields start from when nothing is passed', () => {
    jest.useFakeTimers({ now: evening });
    try {
      expect(today()).toBe('2026-11-30');
    } finally {
      jest.useRealTimers();
    }
  });

  it('anchors the follow-up calendar: two months back to a year ahead of the officer’s day', () => {
    expect(calendarWindow(evening)).toEqual({ from: '2026-09-30', until: '2027-11-30' });
  });
});
