import { rulesToAST } from '@casl/ability/extra';
import {
  ArrayType,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type FilterQuery,
  type MetadataStorage,
} from '@mikro-orm/core';
import type { AppAbility, Action, SubjectName } from './ability';
import { simplifyUnder, type ConditionFacts } from './condition-facts';

/** A CASL rule this translator does not understand. Failing closed: the query is refused, not widened. */
export class UntranslatableRuleError extends Error {}

type AstNode = { operator: string; value: unknown; field?: string };

/** The actor's rules for (action, entity) as one condition tree, or null when no rule allows the action. */
export function permissionCondition(ability: AppAbility, action: Action, entityName: string): AstNode | null {
  // An entity is named by its class at run time; one that is no subject of any rule gets null (nothing).
  return rulesToAST(ability, action, entityName as SubjectName) as AstNode | null;
}

const COMPARISONS: Record<string, string> = {
  ne: '$ne',
  in: '$in',
  nin: '$nin',
  lt: '$lt',
  lte: '$lte',
  gt: '$gt',
  gte: '$gte',
};

/**
 * Turns the actor's rules for (action, entity) into a MikroORM WHERE condition, so lists and lookups only
 * ever load rows the actor may see. Returns null when no rule allows the action at all: the caller answers
 * "nothing" without a query.
 *
 * Allowed in rule conditions: eq, ne, in, nin, lt, lte, gt, gte, exists, and/or/not, on a scalar property or
 * on `relation.id` of a to-one relation; on an array column (e.g. `uuid[]`) only membership: `eq` (the array
 * contains the value, as in Mongo) and `all` (contains every value), both `@>` in SQL. Anything else (regex,
 * elemMatch, collections, other operators on arrays, unknown fields) throws UntranslatableRuleError.
 */
export function accessibleWhere<T extends object>(
  ability: AppAbility,
  action: Action,
  entity: EntityClass<T>,
  metadata: MetadataStorage,
  /** What the caller's own query already fixes (see condition-facts.ts): decided comparisons drop out. */
  facts?: ConditionFacts,
): FilterQuery<T> | null {
  return accessibleWhereFor(ability, action, entity.name as SubjectName, entity, metadata, facts);
}

/**
 * The same, for a subject that is not an entity but whose rules are conditions on one: the statistics module's
 * `ReferralFigures` (who may count which referrals) are conditions on the referral table's fields.
 */
export function accessibleWhereFor<T extends object>(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  entity: EntityClass<T>,
  metadata: MetadataStorage,
  facts?: ConditionFacts,
): FilterQuery<T> | null {
  const ast = permissionCondition(ability, action, subject);
  if (!ast) return null;
  const condition = facts ? simplifyUnder(ast, facts) : ast;
  if (condition === false) return null;
  if (condition === true) return {} as FilterQuery<T>;
  return translate(condition, metadata.get(entity.name), metadata) as FilterQuery<T>;
}

function translate(node: AstNode, meta: EntityMetadata, metadata: MetadataStorage): Record<string, unknown> {
  switch (node.operator) {
    case 'and':
    case 'or': {
      const parts = (node.value as AstNode[]).map((child) => translate(child, meta, metadata));
      const [first] = parts;
      if (first === undefined) return {}; // "and" of nothing: no condition
      return parts.length === 1 ? first : { [`$${node.operator}`]: parts };
    }
    case 'not': {
      const [operand] = node.value as AstNode[];
      if (!operand) throw new UntranslatableRuleError(`rule on ${meta.className}: "not" without a condition`);
      return { $not: translate(operand, meta, metadata) };
    }
    default:
      return fieldCondition(node, meta, metadata);
  }
}

function fieldCondition(node: AstNode, meta: EntityMetadata, metadata: MetadataStorage): Record<string, unknown> {
  if (!node.field) throw new UntranslatableRuleError(`rule on ${meta.className}: "${node.operator}" without a field`);
  const path = checkedPath(node.field, meta, metadata);
  if (path.length === 1 && isArrayColumn(meta.properties[path[0] as never])) return membership(node, meta);
  let condition: unknown;
  const comparison = COMPARISONS[node.operator];
  if (node.operator === 'eq') condition = node.value;
  else if (node.operator === 'exists') condition = node.value ? { $ne: null } : null;
  else if (comparison) condition = { [comparison]: node.value };
  else throw new UntranslatableRuleError(`rule on ${meta.className}: operator "${node.operator}" is not allowed`);
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), condition) as Record<string, unknown>;
}

function isArrayColumn(property: EntityProperty | undefined): boolean {
  return property?.kind === 'scalar' && property.customType instanceof ArrayType;
}

/** Array membership: `eq` one value or `all` of several become "the column contains them" (`@>`). */
function membership(node: AstNode, meta: EntityMetadata): Record<string, unknown> {
  const values = node.operator === 'eq' ? [node.value] : node.operator === 'all' ? node.value : undefined;
  const scalars = Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === 'string');
  if (!scalars) {
    throw new UntranslatableRuleError(
      `rule on ${meta.className}: operator "${node.operator}" on the array "${node.field}" is not allowed`,
    );
  }
  return { [node.field!]: { $contains: values } };
}

/** `field` or `relation.id`, checked against the entity's metadata. */
function checkedPath(field: string, meta: EntityMetadata, metadata: MetadataStorage): string[] {
  const [name, relatedKey, ...rest] = field.split('.');
  const property = meta.properties[name as never] as { kind: string; type: string } | undefined;
  const refuse = (why: string) => new UntranslatableRuleError(`rule on ${meta.className}: field "${field}" ${why}`);
  if (!name || !property) throw refuse('does not exist');
  if (rest.length > 0) throw refuse('goes deeper than relation.id');
  if (relatedKey === undefined) {
    if (property.kind !== 'scalar' && property.kind !== 'm:1' && property.kind !== '1:1')
      throw refuse('is a collection');
    return [name];
  }
  if (property.kind !== 'm:1' && property.kind !== '1:1') throw refuse('is not a to-one relation');
  const target = metadata.get(property.type);
  if (!target.primaryKeys.includes(relatedKey as never)) throw refuse('names something other than the id');
  return [name, relatedKey];
}
