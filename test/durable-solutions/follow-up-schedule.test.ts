import {
  addMonths,
  isFileable,
  isOverdue,
  todayIn,
} from '../../server/src/modules/durable-solutions/follow-up.service';

describe('the follow-up schedule and when a follow-up is overdue', () => {
  it('counts months from the day of return, keeping to the end of shorter months', () => {
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it("is overdue only once the due day has ended in the owing agency's country", () => {
    const due = { dueOn: '2026-11-30', filedAt: null };
    // 05:30 UTC on 1 December is still 30 November in Managua (UTC-6) but already 1 December in Madrid.
    const at = new Date('2026-12-01T05:30:00Z');
    expect(todayIn('America/Managua', at)).toBe('2026-11-30');
    expect(isOverdue(due, 'America/Managua', at)).toBe(false);
    expect(isOverdue(due, 'Europe/Madrid', at)).toBe(true);
    expect(isOverdue({ ...due, filedAt: new Date() }, 'Europe/Madrid', at)).toBe(false);
  });

  it("may be reported from 30 days before its due day in the owing agency's country, until it is filed", () => {
    const due = { dueOn: '2026-12-31', filedAt: null };
    // 05:30 UTC on 1 December: still 30 November in Managua (31 days before), already 1 December in Madrid (30).
    const at = new Date('2026-12-01T05:30:00Z');
    expect(isFileable(due, 'America/Managua', at)).toBe(false);
    expect(isFileable(due, 'Europe/Madrid', at)).toBe(true);
    expect(isFileable({ ...due, dueOn: '2026-11-30' }, 'America/Managua', at)).toBe(true);
    expect(isFileable({ ...due, dueOn: '2027-02-28' }, 'Europe/Madrid', at)).toBe(false);
    expect(isFileable({ ...due, filedAt: new Date() }, 'Europe/Madrid', at)).toBe(false);
  });
});
