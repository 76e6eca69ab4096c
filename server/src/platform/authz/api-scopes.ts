import type { RawRuleOf } from '@casl/ability';
import type { AppAbility } from './ability';

/**
 * A module's part of the API token scope vocabulary: `<area>:read` lets a token read these subjects,
 * `<area>:write` also take every other action on them the token's roles allow. A subject in no area is out of
 * every token's reach.
 */
export interface ApiScopeArea {
  area: string;
  subjects: readonly string[];
}

export type ApiScope = `${string}:${'read' | 'write'}`;

/** Every scope a token may be given, from the modules' areas. */
export function knownApiScopes(areas: readonly ApiScopeArea[]): string[] {
  return areas.flatMap(({ area }) => [`${area}:read`, `${area}:write`]);
}

/**
 * A token's rules are its roles' rules cut down to its scopes: a rule survives only for the subjects and
 * actions some scope covers. Restrictions ("cannot") are kept whole: they only ever take away.
 */
export function rulesWithinScopes(
  rules: readonly RawRuleOf<AppAbility>[],
  scopes: readonly string[],
  areas: readonly ApiScopeArea[],
): RawRuleOf<AppAbility>[] {
  const allowedActions = (subject: string): 'all' | 'read' | null => {
    const area = areas.find((candidate) => candidate.subjects.includes(subject))?.area;
    if (!area) return null;
    if (scopes.includes(`${area}:write`)) return 'all';
    return scopes.includes(`${area}:read`) ? 'read' : null;
  };
  const kept: RawRuleOf<AppAbility>[] = [];
  for (const rule of rules) {
    if (rule.inverted) {
      kept.push(rule);
      continue;
    }
    const actions = ([] as string[]).concat(rule.action as string | string[]);
    const subjects = ([] as unknown[]).concat(rule.subject ?? []);
    for (const subject of subjects) {
      if (typeof subject !== 'string') continue;
      const allowed = allowedActions(subject);
      const within = allowed === 'all' ? actions : allowed === 'read' ? actions.filter((a) => a === 'read') : [];
      if (within.length > 0) kept.push({ ...rule, action: within, subject } as RawRuleOf<AppAbility>);
    }
  }
  return kept;
}
