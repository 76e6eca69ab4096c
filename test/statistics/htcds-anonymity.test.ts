import { anonymiseHtcds, smallestClass } from '../../server/src/modules/statistics/htcds-anonymity';
import type { HtcdsClassRow } from '../../server/src/modules/statistics/htcds-dataset.query';

const row = (overrides: Partial<HtcdsClassRow>): HtcdsClassRow => ({
  source: 'PROTECTION_CASE',
  year: 2026,
  sex: 'FEMALE',
  age_band: '18-20',
  nationality: 'HN',
  exploitation: 'SEXUAL_EXPLOITATION',
  n: 1,
  ...overrides,
});

/** k-anonymity by suppression over the released columns, recounted from the records themselves. */
describe('anonymising HTCDS cases', () => {
  it('withholds every class smaller than k, whole, and says how many cases it withheld', () => {
    const release = anonymiseHtcds([row({ n: 11 }), row({ nationality: 'NI', n: 10 }), row({ sex: 'MALE', n: 1 })], 11);
    expect(release.records).toHaveLength(11);
    expect(release.suppressed).toBe(11);
    expect(release.suppressedClasses).toBe(2);
    expect(smallestClass(release.records)).toBe(11);
  });

  it('counts classes after mapping: an unknown and an unrecorded sex are one released class', () => {
    // 6 UNKNOWN + 5 null: both are an empty `gender`; alone each is below 11, together they are released.
    const release = anonymiseHtcds([row({ sex: 'UNKNOWN', n: 6 }), row({ sex: null, n: 5 })], 11);
    expect(release.records).toHaveLength(11);
    expect(release.records.every((record) => record[2] === '')).toBe(true);
  });

  it('maps exploitation kinds to HTCDS flags and never writes "no" for what was not recorded', () => {
    const [both] = anonymiseHtcds([row({ exploitation: 'DOMESTIC_SERVITUDE;SEXUAL_EXPLOITATION', n: 11 })], 11).records;
    expect(both!.slice(6)).toEqual(['1', '1', '0', '0', '1', 'Forced labour; Sexual exploitation']);
    const [referred] = anonymiseHtcds([row({ source: 'BORDER_REFERRAL', exploitation: null, n: 11 })], 11).records;
    expect(referred!.slice(6)).toEqual(['', '', '', '', '', '']);
  });

  it('orders rows by their values, not by when the cases were registered', () => {
    const release = anonymiseHtcds([row({ year: 2026, n: 11 }), row({ year: 2025, n: 11 })], 11);
    expect(release.records[0]![0]).toBe('2025');
    expect(release.records.at(-1)![0]).toBe('2026');
  });
});
