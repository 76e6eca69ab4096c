import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';

/**
 * What the signed-in user may do, built from the CASL rules the server sends in `me.permissions`. It only
 * decides what the interface offers; the server checks every request again. Screens use `<Can>` and
 * `useAbility()` from @casl/react; SessionProvider supplies the ability.
 */
export type EnlaceAbility = MongoAbility<[string, string]>;

/** With no rules (nobody signed in) every permission-dependent action stays hidden. */
export function createEnlaceAbility(rules: RawRuleOf<EnlaceAbility>[] = []): EnlaceAbility {
  return createMongoAbility<EnlaceAbility>(rules);
}
