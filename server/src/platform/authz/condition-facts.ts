/**
 * Partial evaluation of a permission condition under facts the query already guarantees.
 *
 * An inbox query says `receiving_agency_id = me` on its own; the caller's permission condition says
 * `(receiving_agency_id = me AND status <> 'DRAFT') OR sending_agency_id = me`. ANDed together, PostgreSQL sees
 * `receiving_agency_id = me` twice, multiplies the two selectivities and expects a handful of rows where there
 * are thousands, then picks a plan that sorts them all (docs/benchmarks.md). Evaluating each comparison whose
 * field the facts fix gives the same rows with a condition the planner estimates right: here `status <> 'DRAFT'`.
 * Only comparisons on fixed fields are decided; everything else is kept as it is, so the result never admits a
 * row the full condition would refuse.
 */

/**
 * Conditions every row of the query satisfies: a field equals a value, or differs from it (for an array field:
 * does not contain it, as a rule's `{ field: value }` on an array means "contains").
 */
export type ConditionFacts = Record<string, { equals: unknown } | { differsFrom: unknown }>;

export interface ConditionNode {
  operator: string;
  value: unknown;
  field?: string;
}

/** true: every row qualifies; false: none does; otherwise the remaining condition. */
export type Simplified = boolean | ConditionNode;

export function simplifyUnder(node: ConditionNode, facts: ConditionFacts): Simplified {
  switch (node.operator) {
    case 'and':
      return combine(node, facts, false);
    case 'or':
      return combine(node, facts, true);
    case 'not': {
      const [operand] = node.value as ConditionNode[];
      if (!operand) throw new Error('condition facts: "not" without a condition');
      const inner = simplifyUnder(operand, facts);
      return typeof inner === 'boolean' ? !inner : { operator: 'not', value: [inner] };
    }
    default:
      return decideComparison(node, facts) ?? node;
  }
}

/**
 * `and` (decisive = false) or `or` (decisive = true): a child equal to the decisive value decides the whole,
 * children equal to the other value drop out.
 */
function combine(node: ConditionNode, facts: ConditionFacts, decisive: boolean): Simplified {
  const remaining: ConditionNode[] = [];
  for (const child of node.value as ConditionNode[]) {
    const simplified = simplifyUnder(child, facts);
    if (simplified === decisive) return decisive;
    if (simplified !== !decisive) remaining.push(simplified as ConditionNode);
  }
  const [first] = remaining;
  if (first === undefined) return !decisive;
  return remaining.length === 1 ? first : { operator: node.operator, value: remaining };
}

/** The comparison's truth when the facts fix its field, else undefined (undecided). */
function decideComparison(node: ConditionNode, facts: ConditionFacts): boolean | undefined {
  const fact = node.field === undefined ? undefined : facts[node.field];
  if (!fact) return undefined;
  if ('equals' in fact) {
    const known = fact.equals;
    switch (node.operator) {
      case 'eq':
        return node.value === known;
      case 'ne':
        return node.value !== known;
      case 'in':
        return (node.value as unknown[]).includes(known);
      case 'nin':
        return !(node.value as unknown[]).includes(known);
      default:
        return undefined;
    }
  }
  // Knowing only what the field is not decides equality with exactly that value, nothing more.
  if (node.value !== fact.differsFrom) return undefined;
  if (node.operator === 'eq') return false;
  if (node.operator === 'ne') return true;
  return undefined;
}
