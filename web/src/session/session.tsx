import { useQuery } from '@apollo/client/react';
import { AbilityProvider } from '@casl/react';
import { createContext, lazy, Suspense, useContext, useMemo, type ReactNode } from 'react';
import type { EnlaceOperationContext } from '../api/apollo-client';
import { MeDocument, type MeQuery } from '../gql/shell/graphql';
import { visitorAbility } from './visitor-ability';

const AbilityScope = lazy(() => import('./ability-scope'));

export type SignedInUser = MeQuery['me'];

interface Session {
  /** Null for visitors who have not signed in (the server answers `me` with UNAUTHENTICATED). */
  user: SignedInUser | null;
  /** The user's IANA time zone, else the browser's: dates are shown where the officer works. */
  timeZone: string;
}

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const SessionContext = createContext<Session>({ user: null, timeZone: browserTimeZone });

// Not being signed in is a normal state here, not an error to announce.
const quietly: EnlaceOperationContext = { handlesErrors: true };

/**
 * Who is signed in (the `Me` query, refetched after sign-in and cleared on sign-out) and their CASL ability for
 * `<Can>` and `useAbility()`. A signed-in user's rules are unpacked in a lazily loaded chunk.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(MeDocument, { context: quietly });
  const user = data?.me ?? null;
  const session = useMemo(() => ({ user, timeZone: user?.timeZone ?? browserTimeZone }), [user]);
  return (
    <SessionContext.Provider value={session}>
      {user ? (
        <Suspense>
          <AbilityScope packedRules={user.permissions}>{children}</AbilityScope>
        </Suspense>
      ) : (
        <AbilityProvider value={visitorAbility}>{children}</AbilityProvider>
      )}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  return useContext(SessionContext);
}
