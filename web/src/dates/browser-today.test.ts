/**
 * @jest-environment ./web/src/test/browser-zone-environment.mjs
 * @jest-environment-options {"timeZone": "America/Costa_Rica"}
 */
import { personSchema, emptyPerson } from '../screens/new-referral/new-referral.schema';
import { browserToday } from './day-bounds';

// 19:30 on 30 November in Costa Rica is already 1 December in UTC.
const evening = new Date('2026-12-01T01:30:00.000Z');

describe('today, in Costa Rica at 19:30 on 30 November', () => {
  beforeEach(() => jest.useFakeTimers({ now: evening }));
  afterEach(() => jest.useRealTimers());

  it('is the user’s calendar day, not the UTC one', () => {
    expect(browserToday()).toBe('2026-11-30');
    expect(browserToday(new Date('2026-12-01T06:30:00.000Z'))).toBe('2026-12-01');
  });

  it('is the last day a referral form takes as "not in the future"', () => {
    // Whether the date of birth passes (the empty person fails elsewhere: its role is not chosen).
    const bornOn = (dateOfBirth: string) =>
      !personSchema
        .safeParse({ ...emptyPerson, dateOfBirth })
        .error?.issues.some(({ path }) => path[0] === 'dateOfBirth');
    expect(bornOn('2026-11-30')).toBe(true);
    // With the UTC day, 1 December would pass here though the officer's calendar still shows 30 November.
    expect(bornOn('2026-12-01')).toBe(false);
  });
});
