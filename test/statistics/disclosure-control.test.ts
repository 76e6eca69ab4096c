import fc from 'fast-check';
import {
  controlDisclosure,
  totalsOf,
  type Cell,
  type Equation,
} from '../../server/src/modules/statistics/disclosure-control';
import { at } from '../support/indexing';

/** Records with a top dimension `a`, a dimension `b` beside it and `c` nested in `a`: the shapes of a request. */
const records = fc.array(
  fc.record({
    a: fc.integer({ min: 0, max: 4 }),
    b: fc.integer({ min: 0, max: 3 }),
    c: fc.integer({ min: 0, max: 2 }),
  }),
  { maxLength: 80 },
);

function tablesOf(rows: { a: number; b: number; c: number }[]): { cells: Cell[]; equations: Equation[] } {
  const counts = new Map<string, number>([['total', rows.length]]);
  const bump = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (let a = 0; a < 5; a++) for (let c = 0; c < 3; c++) counts.set(`c:${a}:${c}`, 0);
  for (let a = 0; a < 5; a++) counts.set(`a:${a}`, 0);
  for (let b = 0; b < 4; b++) counts.set(`b:${b}`, 0);
  for (const row of rows) {
    bump(`a:${row.a}`);
    bump(`b:${row.b}`);
    bump(`c:${row.a}:${row.c}`);
  }
  // The a-by-b cross-tabulation: never published, but a reader may reason with it (and know its zeros).
  for (let a = 0; a < 5; a++) for (let b = 0; b < 4; b++) counts.set(`x:${a}:${b}`, 0);
  for (const row of rows) bump(`x:${row.a}:${row.b}`);
  const ids = [...counts.keys()];
  const cross = (prefix: string) => ids.filter((id) => id.startsWith(prefix));
  const equations: Equation[] = [
    ...[0, 1, 2, 3, 4].map((a) => ({ total: `a:${a}`, parts: cross(`x:${a}:`) })),
    ...[0, 1, 2, 3].map((b) => ({
      total: `b:${b}`,
      parts: ids.filter((id) => id.startsWith('x:') && id.endsWith(`:${b}`)),
    })),
    { total: 'total', parts: ids.filter((id) => id.startsWith('a:')) },
    { total: 'total', parts: ids.filter((id) => id.startsWith('b:')) },
    { total: 'total', parts: ids.filter((id) => id.startsWith('c:')) },
    ...[0, 1, 2, 3, 4].map((a) => ({ total: `a:${a}`, parts: ids.filter((id) => id.startsWith(`c:${a}:`)) })),
  ];
  return { cells: ids.map((id) => ({ id, value: counts.get(id)!, internal: id.startsWith('x:') })), equations };
}

/** Rank over the rationals with exact integers (independent of the implementation's floating-point check). */
function rank(matrix: bigint[][]): number {
  const rows = matrix.map((row) => [...row]);
  let rank = 0;
  const width = rows[0]?.length ?? 0;
  for (let col = 0; col < width && rank < rows.length; col++) {
    const pivot = rows.findIndex((row, index) => index >= rank && row[col] !== 0n);
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [at(rows, pivot), at(rows, rank)];
    for (let r = 0; r < rows.length; r++) {
      if (r === rank || at(rows, r)[col] === 0n) continue;
      const factor = at(at(rows, r), col);
      rows[r] = at(rows, r).map((value, index) => value * at(at(rows, rank), col) - at(at(rows, rank), index) * factor);
    }
    rank++;
  }
  return rank;
}

/** Can a reader who knows every published figure and every equation compute this hidden cell exactly? */
function derivable(cell: string, hidden: string[], equations: Equation[]): boolean {
  const matrix = equations.map((equation) =>
    hidden.map((id) => (totalsOf(equation).includes(id) ? 1n : 0n) - (equation.parts.includes(id) ? 1n : 0n)),
  );
  const unit = hidden.map((id) => (id === cell ? 1n : 0n));
  return rank([...matrix, unit]) === rank(matrix);
}

describe('disclosure control', () => {
  for (const threshold of [5, 11]) {
    it(`hides every count from 1 to ${threshold - 1}, publishes the others exactly, and no hidden count can be derived`, () => {
      fc.assert(
        fc.property(records, (rows) => {
          const { cells, equations } = tablesOf(rows);
          const controlled = controlDisclosure(cells, equations, { threshold });
          const internal = cells.filter((cell) => cell.internal);
          const published = cells.filter((cell) => !cell.internal);
          expect([...controlled.keys()].sort()).toEqual(published.map((cell) => cell.id).sort());
          const hidden = published.filter((cell) => controlled.get(cell.id)!.suppression).map((cell) => cell.id);
          const unknowns = [...hidden, ...internal.filter((cell) => cell.value > 0).map((cell) => cell.id)];
          for (const cell of published) {
            const out = controlled.get(cell.id)!;
            if (cell.value > 0 && cell.value < threshold) expect(out.suppression).toBe('PRIMARY');
            if (out.suppression) expect(out.value).toBeNull();
            else expect(out.value).toBe(cell.value);
          }
          for (const id of hidden) expect(derivable(id, unknowns, equations)).toBe(false);
          // Nor do the hidden parts of one equation add up to less than the threshold (each would be "small").
          for (const equation of equations.filter((e) => !e.parts.some((id) => id.startsWith('x:')))) {
            if (totalsOf(equation).some((id) => hidden.includes(id))) continue;
            const hiddenParts = equation.parts.filter((id) => hidden.includes(id));
            const sum = hiddenParts.reduce((total, id) => total + cells.find((cell) => cell.id === id)!.value, 0);
            if (hiddenParts.length > 0) expect(sum).toBeGreaterThanOrEqual(threshold);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('hides a second cell beside a single small one, so the total does not give it away', () => {
    const out = controlDisclosure(
      [
        { id: 'total', value: 30 },
        { id: 'x', value: 3 },
        { id: 'y', value: 12 },
        { id: 'z', value: 15 },
      ],
      [{ total: 'total', parts: ['x', 'y', 'z'] }],
    );
    expect([...out.values()].map((cell) => [cell.id, cell.value, cell.suppression])).toEqual([
      ['total', 30, null],
      ['x', null, 'PRIMARY'],
      ['y', null, 'SECONDARY'],
      ['z', 15, null],
    ]);
  });

  it('rounds published counts where configured and leaves zero as zero', () => {
    const out = controlDisclosure(
      [
        { id: 'total', value: 23 },
        { id: 'x', value: 0 },
        { id: 'y', value: 23 },
      ],
      [{ total: 'total', parts: ['x', 'y'] }],
      { threshold: 5, roundTo: 5 },
    );
    expect([...out.values()].map((cell) => cell.value)).toEqual([25, 0, 25]);
  });
});
