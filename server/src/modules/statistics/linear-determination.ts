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
      row[index] += coefficient;
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
    for (let r = 0; r < remaining.length; r++) {
      if (
        Math.abs(remaining[r][col]) > EPSILON &&
        (best < 0 || Math.abs(remaining[r][col]) > Math.abs(remaining[best][col]))
      )
        best = r;
    }
    if (best < 0) continue;
    const pivot = remaining[best].map((value) => value / remaining[best][col]);
    remaining = remaining.filter((_, r) => r !== best).map((row) => subtract(row, pivot, row[col]));
    for (const earlier of pivots) earlier.row = subtract(earlier.row, pivot, earlier.row[col]);
    pivots.push({ column: col, row: pivot });
  }
  return pivots;
}

function subtract(row: number[], pivot: number[], factor: number): number[] {
  if (Math.abs(factor) <= EPSILON) return row;
  return row.map((value, index) => value - factor * pivot[index]);
}

function inRowSpace(index: number, pivots: readonly PivotRow[], width: number): boolean {
  let vector = new Array<number>(width).fill(0);
  vector[index] = 1;
  for (const { column, row } of pivots) vector = subtract(vector, row, vector[column]);
  return vector.every((value) => Math.abs(value) <= EPSILON);
}
