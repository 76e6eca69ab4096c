import type { EnlaceAbility } from './ability';

/**
 * The ability of a visitor who has not signed in: no rules, so every `<Can>` hides its children and every
 * `can()` is false. A stand-in with just what @casl/react and screens call, rather than `createMongoAbility([])`:
 * CASL's condition matcher would add ~4 kB to the first download, which every visit pays. Signed-in users get a
 * real ability (session/ability-scope.tsx).
 */
export const visitorAbility = {
  rules: [],
  can: () => false,
  cannot: () => true,
  relevantRuleFor: () => null,
  rulesFor: () => [],
  on: () => () => undefined,
} as unknown as EnlaceAbility;
