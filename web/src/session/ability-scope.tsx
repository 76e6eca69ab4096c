import type { RawRuleOf } from '@casl/ability';
import { AbilityProvider } from '@casl/react';
import { useMemo, type ReactNode } from 'react';
import { createEnlaceAbility, type EnlaceAbility } from './ability';

/**
 * Makes the signed-in user's ability available to `<Can>` and `useAbility()` from @casl/react. Loaded only once
 * someone signs in: CASL and its condition matcher are not needed for the public pages.
 */
export function AbilityScope({
  permissions,
  children,
}: {
  permissions: RawRuleOf<EnlaceAbility>[];
  children: ReactNode;
}) {
  const ability = useMemo(() => createEnlaceAbility(permissions), [permissions]);
  return <AbilityProvider value={ability}>{children}</AbilityProvider>;
}

export default AbilityScope;
