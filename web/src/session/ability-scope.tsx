import { unpackRules, type PackRule } from '@casl/ability/extra';
import { AbilityProvider } from '@casl/react';
import { useMemo, type ReactNode } from 'react';
import { createEnlaceAbility, type EnlaceAbility } from './ability';
import type { RawRuleOf } from '@casl/ability';

/**
 * Makes the signed-in user's ability available to `<Can>` and `useAbility()` from @casl/react. Loaded only once
 * someone signs in: CASL and its condition matcher are not needed for the public pages. The server sends the
 * rules packed (`packRules`), which keeps `me` small on slow links.
 */
export function AbilityScope({ packedRules, children }: { packedRules: unknown; children: ReactNode }) {
  const ability = useMemo(() => {
    const packed = Array.isArray(packedRules) ? (packedRules as PackRule<RawRuleOf<EnlaceAbility>>[]) : [];
    return createEnlaceAbility(unpackRules(packed));
  }, [packedRules]);
  return <AbilityProvider value={ability}>{children}</AbilityProvider>;
}

export default AbilityScope;
