import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context';
import { subjectTypeOf } from './ability';
import type { PersonalDataRegistry } from './personal-data';

/** Every guarded type may expose this field: the names of its fields the caller may not read. */
export const RESTRICTED_FIELDS = 'restrictedFields';

/**
 * The one place field-level rules are enforced. For every field of every record whose type is a permission
 * subject, CASL decides whether the caller may read it; if not, the field resolves to null (and is listed in
 * `restrictedFields`, so the client can show "restricted" instead of "empty"). Allowed reads of personal data
 * are noted for the audit trail.
 */
export function createFieldGuard(
  guardedSubjects: ReadonlySet<string>,
  personalData: PersonalDataRegistry,
): MiddlewareFn<RequestContext> {
  return async ({ root, info, context }, next) => {
    const subject = guardedSubjectOf(root, guardedSubjects);
    if (!subject) return next();
    const field = info.fieldName;
    if (field === RESTRICTED_FIELDS) return restrictedFieldsOf(root as object, info, context);
    if (!context.ability.can('read', root as object, field)) return null;
    const value: unknown = await next();
    if (personalData.isPersonal(subject, field) && value !== null && value !== undefined) {
      noteRead(root as object, subject, field, personalData, context);
    }
    return value;
  };
}

function guardedSubjectOf(root: unknown, guardedSubjects: ReadonlySet<string>): string | undefined {
  const subject = subjectTypeOf(root);
  return subject && guardedSubjects.has(subject) ? subject : undefined;
}

function restrictedFieldsOf(record: object, info: GraphQLResolveInfo, context: RequestContext): string[] {
  const fields = Object.keys((info.parentType as GraphQLObjectType).getFields());
  return fields.filter((field) => field !== RESTRICTED_FIELDS && !context.ability.can('read', record, field));
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
