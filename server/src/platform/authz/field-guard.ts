import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { subjectTypeOf, type AppAbility } from './ability';
import type { PersonalDataRegistry } from './personal-data';

/** Every guarded type may expose this field: the names of its fields the caller may not read. */
export const RESTRICTED_FIELDS = 'restrictedFields';

export type FieldResolver = GraphQLFieldResolver<unknown, RequestContext>;

/**
 * The one place field-level rules are enforced. For every field of every record whose type is a permission
 * subject, CASL decides whether the caller may read it; if not, the field resolves to null (and is listed in
 * `restrictedFields`, so the client can show "restricted" instead of "empty"). Allowed reads of personal data
 * are noted for the audit trail.
 *
 * It wraps each field's resolver (build-schema.ts) rather than being a type-graphql middleware: middlewares
 * make every field of every type asynchronous, and a page of 50 referrals resolves about a thousand fields.
 */
export function createFieldGuard(
  guardedSubjects: ReadonlySet<string>,
  personalData: PersonalDataRegistry,
): (resolve: FieldResolver) => FieldResolver {
  return (resolve) => (root, args, context, info) => {
    const subject = guardedSubjectOf(root, guardedSubjects);
    if (!subject) return resolve(root, args, context, info);
    const record = root as object;
    const field = info.fieldName;
    if (field === RESTRICTED_FIELDS) return restrictedFieldsOf(record, info, context);
    if (!mayReadField(context.ability, record, subject, field)) return null;
    const value: unknown = resolve(root, args, context, info);
    if (!personalData.isPersonal(subject, field)) return value;
    const noted = (read: unknown) => {
      if (read !== null && read !== undefined) noteRead(record, subject, field, personalData, context);
      return read;
    };
    return isThenable(value) ? value.then(noted) : noted(value);
  };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

function guardedSubjectOf(root: unknown, guardedSubjects: ReadonlySet<string>): string | undefined {
  const subject = subjectTypeOf(root);
  return subject && guardedSubjects.has(subject) ? subject : undefined;
}

function restrictedFieldsOf(record: object, info: GraphQLResolveInfo, context: RequestContext): string[] {
  const fields = Object.keys((info.parentType as GraphQLObjectType).getFields());
  return fields.filter((field) => field !== RESTRICTED_FIELDS && !context.ability.can('read', record, field));
}

// A page of 50 referrals resolves about 500 guarded fields. Where no rule of the caller names fields for a
// subject, every field of a record gets the record's answer: asked once per record, not once per field.
const fieldRulesBySubject = new WeakMap<AppAbility, Map<string, boolean>>();
const recordDecisions = new WeakMap<AppAbility, WeakMap<object, boolean>>();

function mayReadField(ability: AppAbility, record: object, subject: string, field: string): boolean {
  if (hasFieldRules(ability, subject)) return ability.can('read', record, field);
  let decisions = recordDecisions.get(ability);
  if (!decisions) recordDecisions.set(ability, (decisions = new WeakMap()));
  let decision = decisions.get(record);
  if (decision === undefined) decisions.set(record, (decision = ability.can('read', record)));
  return decision;
}

function hasFieldRules(ability: AppAbility, subject: string): boolean {
  let bySubject = fieldRulesBySubject.get(ability);
  if (!bySubject) fieldRulesBySubject.set(ability, (bySubject = new Map()));
  let answer = bySubject.get(subject);
  if (answer === undefined) {
    answer = ability.possibleRulesFor('read', subject as never).some((rule) => rule.fields !== undefined);
    bySubject.set(subject, answer);
  }
  return answer;
}

function noteRead(
  record: object,
  subject: string,
  field: string,
  personalData: PersonalDataRegistry,
  context: RequestContext,
): void {
  const declaration = personalData.declarationFor(subject)!;
  context.audit.noteRead({
    action: 'personal-data.read',
    entityType: subject,
    entityId: declaration.idOf(record),
    fields: [field],
    ownerAgencyId: declaration.ownerAgencyOf(record),
  });
}
