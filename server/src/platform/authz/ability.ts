import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { packRules } from '@casl/ability/extra';
import type { Actor } from './actor';
import { rulesWithinScopes, type ApiScopeArea } from './api-scopes';

/** Actions are verbs of the domain ("read", "send", "acknowledge", ...); subjects are entity class names. */
export type Action = string;
export type SubjectName = string;
export type AppAbility = MongoAbility<[Action, SubjectName | object]>;
export type PolicyBuilder = AbilityBuilder<AppAbility>;

/** Declares, for one subject, who may do what. Each module keeps its policies next to its entities. */
export type Policy = (actor: Actor, builder: PolicyBuilder) => void;

/** The subject type of a record: its entity class name (e.g. "Agency"), or an explicit `__subjectType`. */
export function subjectTypeOf(subject: unknown): SubjectName | undefined {
  if (!subject || typeof subject !== 'object') return undefined;
  const explicit = (subject as { __subjectType?: string }).__subjectType;
  return explicit ?? (subject.constructor === Object ? undefined : subject.constructor.name);
}

const detectSubjectType = (subject: object) => subjectTypeOf(subject) ?? 'unknown';

/**
 * The one ability factory: a request's rules come from the actor's roles, agency, country and mechanism
 * memberships through every module's policies. No actor (signed out) means no rules at all. An API token's
 * rules are then cut down to its scopes (`scopeAreas`: the modules' scope vocabulary; a subject in no area is
 * out of every token's reach), so a "referrals:read" token reads and does nothing else, whatever its roles.
 */
export function buildAbility(
  actor: Actor | null,
  policies: readonly Policy[],
  scopeAreas: readonly ApiScopeArea[] = [],
): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (actor) for (const policy of policies) policy(actor, builder);
  if (actor?.kind === 'api-token') {
    const within = rulesWithinScopes(builder.rules, actor.scopes ?? [], scopeAreas);
    builder.rules.splice(0, builder.rules.length, ...within);
  }
  return builder.build({ detectSubjectType });
}

/** The rules in CASL's packed form, for the client to hide what the user cannot do (the server still decides). */
export function packedRulesOf(ability: AppAbility): unknown[] {
  return packRules(ability.rules);
}
