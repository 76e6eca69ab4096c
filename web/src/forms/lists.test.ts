import { joinList, splitList } from './lists';

describe('lists kept as one text', () => {
  it('split at the commas, trimmed, without the empty items a stray comma leaves', () => {
    expect(splitList(' es, miq ,, ht,')).toEqual(['es', 'miq', 'ht']);
    expect(splitList('')).toEqual([]);
    expect(splitList(' , ')).toEqual([]);
  });

  it('are written back as "a, b", which reads as the same items', () => {
    expect(joinList(['es', 'miq'])).toBe('es, miq');
    expect(joinList([])).toBe('');
    expect(splitList(joinList(['+502 5555 0000', 'q’eqchi’']))).toEqual(['+502 5555 0000', 'q’eqchi’']);
  });
});
