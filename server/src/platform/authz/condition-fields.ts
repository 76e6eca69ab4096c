import type { Action, AppAbility, SubjectName } from './ability';

/**
 * The properties a record must carry for the ability to judge it in memory (the field guard asks CASL about
 * every record it returns): the first segment of every field named in a condition of the rules for (action,
 * subject), e.g. `sendingAgency` for `sendingAgency.id`. A list that loads only some columns loads these too.
 */
export function conditionFieldsOf(ability: AppAbility, action: Action, subject: SubjectName): Set<string> {
  const fields = new Set<string>();
  for (const rule of ability.rulesFor(action, subject)) collect(rule.conditions, fields);
  return fields;
}

function collect(condition: unknown, fields: Set<string>): void {
  if (Array.isArray(condition)) {
    for (const part of condition) collect(part, fields);
    return;
  }
  if (!condition || typeof condition !== 'object') return;
  for (const [key, value] of Object.entries(condition)) {
    if (key === '$and' || key === '$or' || key === '$nor' || key === '$not') collect(value, fields);
    else if (!key.startsWith('$')) fields.add(key.split('.')[0] ?? key); // split yields at least one part
  }
}
