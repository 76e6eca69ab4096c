import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { packRules } from '@casl/ability/extra';
import type { Actor } from './actor';

/**
 * Every subject the permission rules name, with the actions allowed on it: one entry per subject, each added
 * by the module that owns the subject, in its policy file, through declaration merging:
 *
 *   export type ReferralPersonAction = 'read';
 *   declare module '../../platform/authz/ability' {
 *     interface PermissionSubjects { ReferralPerson: ReferralPersonAction }
 *   }
 *
 * Why merging: platform/ imports no module, yet the ability type must know every module's actions and
 * subjects. Threading them through generics (RequestContext<Ability>, Policy<Ability>, ...) would reach every
 * service signature; merging keeps the one `AppAbility` type while each module still declares its own
 * vocabulary next to its rules. Every policy file is part of the server's compilation (modules/index.ts lists
 * the modules), so the merged interface is complete wherever the type is checked.
 * Subjects are entity class names (or an explicit `__subjectType`); actions are verbs of the domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the modules (see above)
export interface PermissionSubjects {}

/** The subjects of all modules: a misspelt subject does not compile. */
export type SubjectName = keyof PermissionSubjects & string;
/** The actions of all modules: a misspelt action does not compile. */
export type Action = PermissionSubjects[SubjectName];
export type AppAbility = MongoAbility<[Action, SubjectName | object]>;
export type PolicyBuilder = AbilityBuilder<AppAbility>;

/** Declares, for one subject, who may do what. Each module keeps its policies next to its entities. */
export type Policy = (actor: Actor, builder: PolicyBuilder) => void;

/** The subject type of a record: its entity class name (e.g. "Agency"), or an explicit `__subjectType`. */
export function subjectTypeOf(subject: unknown): SubjectName | undefined {
  if (!subject || typeof subject !== 'object') return undefined;
  const explicit = (subject as { __subjectType?: string }).__subjectType;
  // A class name is only known at run time; a class without rules simply matches none.
  return (explicit ?? (subject.constructor === Object ? undefined : subject.constructor.name)) as SubjectName;
}

const detectSubjectType = (subject: object) => subjectTypeOf(subject) ?? ('unknown' as SubjectName);

/**
 * The one ability factory: a request's rules come from the actor's roles, agency, country and mechanism
 * memberships through every module's policies. No actor (signed out) means no rules at all.
 */
export function buildAbility(actor: Actor | null, policies: readonly Policy[]): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (actor) for (const policy of policies) policy(actor, builder);
  return builder.build({ detectSubjectType });
}

/** The rules in CASL's packed form, for the client to hide what the user cannot do (the server still decides). */
export function packedRulesOf(ability: AppAbility): unknown[] {
  return packRules(ability.rules);
}
