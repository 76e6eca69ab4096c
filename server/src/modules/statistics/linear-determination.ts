import { totalsOf, type Equation } from './disclosure-control';

const EPSILON = 1e-9;

/**
 * The hidden cells a reader can compute exactly from the published ones: those whose unit vector lies in the
 * row space of the equations' coefficients on the hidden cells (published cells are constants). Gaussian
 * elimination to reduced row echelon form; the coefficients are 0 and ±1 and the systems have tens of cells,
 * so floating point with a tolerance is exact enough.
 */
export function determinedUnknowns(unknowns: readonly string[], equations: readonly Equation[]): string[] {
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((id, index) => [id, index]));
  const rows: number[][] = [];
  for (const equation of equations) {
    const row = new Array<number>(unknowns.length).fill(0);
    let touches = false;
    const add = (id: string, coefficient: number) => {
      const index = column.get(id);
      if (index === undefined) return;
      row[index] = entry(row, index) + coefficient;
      touches = true;
    };
    for (const total of totalsOf(equation)) add(total, 1);
    for (const part of equation.parts) add(part, -1);
    if (touches) rows.push(row);
  }
  const pivots = reduce(rows, unknowns.length);
  return unknowns.filter((_, index) => inRowSpace(index, pivots, unknowns.length));
}

interface PivotRow {
  column: number;
  row: number[];
}

function reduce(rows: number[][], width: number): PivotRow[] {
  const pivots: PivotRow[] = [];
  let remaining = rows.map((row) => [...row]);
  for (let col = 0; col < width && remaining.length > 0; col++) {
    let best = -1;
    let bestSize = 0;
    for (const [r, row] of remaining.entries()) {
      const size = Math.abs(entry(row, col));
      if (size > EPSILON && (best < 0 || size > bestSize)) {
        best = r;
        bestSize = size;
      }
    }
    const bestRow = remaining[best];
    if (bestRow === undefined) continue;
    const pivot = bestRow.map((value) => value / entry(bestRow, col));
    remaining = remaining.filter((_, r) => r !== best).map((row) => subtract(row, pivot, entry(row, col)));
    for (const earlier of pivots) earlier.row = subtract(earlier.row, pivot, entry(earlier.row, col));
    pivots.push({ column: col, row: pivot });
  }
  return pivots;
}

function subtract(row: number[], pivot: number[], factor: number): number[] {
  if (Math.abs(factor) <= EPSILON) return row;
  return row.map((value, index) => value - factor * entry(pivot, index));
}

/** The matrices are dense (every row has `width` entries): a missing entry is a bug, not a zero. */
function entry(vector: readonly number[], index: number): number {
  const value = vector[index];
  if (value === undefined) throw new Error(`linear determination: no entry ${index} in a row of ${vector.length}`);
  return value;
}

function inRowSpace(index: number, pivots: readonly PivotRow[], width: number): boolean {
  let vector = new Array<number>(width).fill(0);
  vector[index] = 1;
  for (const { column, row } of pivots) vector = subtract(vector, row, entry(vector, column));
  return vector.every((value) => Math.abs(value) <= EPSILON);
}
