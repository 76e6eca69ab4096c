import { determinedUnknowns } from './linear-determination';

/**
 * Statistical disclosure control for every figure that leaves the server (ADR 0016).
 *
 * A request's figures are counts ("cells") and the additive relations between them that a reader knows
 * ("equations": a total is the sum of its parts — a one-way table and its total, a mechanism and its crossing
 * points, the closed referrals and their outcomes). Three steps, in order:
 * 1. Primary suppression: a count from 1 to threshold - 1 is hidden (zero is published: "nobody" points at no one).
 * 2. Secondary suppression, repeated until nothing changes:
 *    - no equation may hide exactly one of its terms (it would be the difference of the others);
 *    - the hidden parts of an equation must add up to at least the threshold, so their sum (which the reader
 *      can compute) does not reveal that each is small;
 *    - no hidden cell may be determined by any combination of the request's equations (exact linear check).
 *    Each round hides the smallest published non-zero cell that breaks the situation, ties by id, so the result
 *    is deterministic and loses as little as it can.
 * 3. Rounding, where configured: published counts are rounded to the nearest multiple of `roundTo`.
 * Equations that involve internal cells (see Cell) are left to the exact check, which treats their non-zero
 * internal cells as unknowns.
 */
export interface DisclosureRule {
  /** Counts below this are suppressed: 5 by default, 11 for the Counter Trafficking Data Collaborative rule. */
  threshold: number;
  /** Round published counts to a multiple of this (1 or absent: no rounding). */
  roundTo?: number;
}

export const DEFAULT_DISCLOSURE_RULE: DisclosureRule = { threshold: 5 };
export const CTDC_DISCLOSURE_RULE: DisclosureRule = { threshold: 11 };

export interface Cell {
  id: string;
  value: number;
  /**
   * A count that is never published but ties published ones together (a cross-tabulation the reader can
   * reason about, e.g. referrals of a mechanism on a border). The reader is assumed to know which of them are
   * zero (which combinations cannot happen); the others are unknowns of the equations.
   */
  internal?: boolean;
}

/**
 * `total` = sum of `parts` (cell ids), known to every reader of the request. A total may itself be a sum
 * (e.g. the referrals a country sent plus those it received = those on the borders it is on).
 */
export interface Equation {
  total: string | readonly string[];
  parts: readonly string[];
}

export const totalsOf = (equation: Equation): readonly string[] =>
  typeof equation.total === 'string' ? [equation.total] : equation.total;

export type Suppression = 'PRIMARY' | 'SECONDARY';

export interface ControlledCell {
  id: string;
  /** null when suppressed: never shown as zero. */
  value: number | null;
  suppression: Suppression | null;
}

export function controlDisclosure(
  cells: readonly Cell[],
  equations: readonly Equation[],
  rule: DisclosureRule = DEFAULT_DISCLOSURE_RULE,
): Map<string, ControlledCell> {
  const values = new Map(cells.map((cell) => [cell.id, cell.value]));
  for (const equation of equations) {
    for (const id of [...totalsOf(equation), ...equation.parts]) {
      if (!values.has(id)) throw new Error(`disclosure control: equation names unknown cell ${id}`);
    }
  }
  const internal = new Set(cells.filter((cell) => cell.internal).map((cell) => cell.id));
  const unknownInternal = [...internal].filter((id) => values.get(id)! > 0);
  const hidden = new Map<string, Suppression>();
  for (const cell of cells) {
    if (!cell.internal && cell.value > 0 && cell.value < rule.threshold) hidden.set(cell.id, 'PRIMARY');
  }
  const touchesInternal = (equation: Equation) =>
    [...totalsOf(equation), ...equation.parts].some((id) => internal.has(id));
  const simple = equations.filter((equation) => !touchesInternal(equation));

  const value = (id: string) => values.get(id)!;
  const smallestPublished = (ids: readonly string[]) =>
    ids
      .filter((id) => !hidden.has(id) && !internal.has(id) && value(id) > 0)
      .sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1))[0];
  // When an equation has no published non-zero term left, its zeros are what remains to hide.
  const anyPublished = (ids: readonly string[]) =>
    smallestPublished(ids) ?? ids.find((id) => !hidden.has(id) && !internal.has(id));

  for (;;) {
    const next = secondaryCandidate(simple, hidden, value, rule, smallestPublished, anyPublished);
    if (next) {
      hidden.set(next, 'SECONDARY');
      continue;
    }
    const determined = determinedUnknowns([...hidden.keys(), ...unknownInternal], equations).filter(
      (id) => !internal.has(id),
    );
    const [first] = determined;
    if (first === undefined) break;
    const widened = widenAround(first, equations, hidden, anyPublished) ?? anyPublished([...values.keys()]);
    if (!widened) break; // everything is hidden: nothing can be derived
    hidden.set(widened, 'SECONDARY');
  }

  const roundTo = rule.roundTo && rule.roundTo > 1 ? rule.roundTo : 1;
  return new Map(
    cells
      .filter((cell) => !cell.internal)
      .map((cell) => {
        const suppression = hidden.get(cell.id) ?? null;
        const published = suppression ? null : Math.round(cell.value / roundTo) * roundTo;
        return [cell.id, { id: cell.id, value: published, suppression }];
      }),
  );
}

function secondaryCandidate(
  equations: readonly Equation[],
  hidden: ReadonlyMap<string, Suppression>,
  value: (id: string) => number,
  rule: DisclosureRule,
  smallestPublished: (ids: readonly string[]) => string | undefined,
  anyPublished: (ids: readonly string[]) => string | undefined,
): string | undefined {
  for (const equation of equations) {
    const totals = totalsOf(equation);
    const hiddenTerms = [...totals, ...equation.parts].filter((id) => hidden.has(id));
    if (hiddenTerms.length === 1) {
      // Prefer a part; a total only when every part is hidden or zero.
      const more = smallestPublished(equation.parts) ?? anyPublished(equation.parts) ?? anyPublished(totals);
      if (more) return more;
    }
    const hiddenParts = equation.parts.filter((id) => hidden.has(id));
    if (hiddenParts.length === 0 || totals.some((id) => hidden.has(id))) continue;
    const hiddenSum = hiddenParts.reduce((sum, id) => sum + value(id), 0);
    if (hiddenSum < rule.threshold) {
      const more = smallestPublished(equation.parts) ?? smallestPublished(totals);
      if (more) return more;
    }
  }
  return undefined;
}

/** A published cell sharing an equation with the determined one: hiding it adds an unknown to that equation. */
function widenAround(
  determined: string,
  equations: readonly Equation[],
  hidden: ReadonlyMap<string, Suppression>,
  anyPublished: (ids: readonly string[]) => string | undefined,
): string | undefined {
  for (const equation of equations) {
    const totals = totalsOf(equation);
    if (![...totals, ...equation.parts].includes(determined)) continue;
    const candidate = anyPublished(equation.parts) ?? anyPublished(totals);
    if (candidate && !hidden.has(candidate)) return candidate;
  }
  return undefined;
}
