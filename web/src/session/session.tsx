import { createContext, lazy, Suspense, useContext, useMemo, type ReactNode } from 'react';
import type { MeQuery } from '../pending-schema/me';

const AbilityScope = lazy(() => import('./ability-scope'));

export type SignedInUser = NonNullable<MeQuery['me']>;

interface Session {
  /** Null until sign-in exists on the server (issue 3): the `Me` query is kept in src/pending-schema/. */
  user: SignedInUser | null;
  /** The user's IANA time zone, else the browser's: dates are shown where the officer works. */
  timeZone: string;
}

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const SessionContext = createContext<Session>({ user: null, timeZone: browserTimeZone });

/**
 * Who is signed in, and (for signed-in users only) their CASL ability. Screens that show actions by permission
 * are behind sign-in, so they always find an ability; public screens must not use `<Can>`.
 */
export function SessionProvider({ user = null, children }: { user?: SignedInUser | null; children: ReactNode }) {
  const session = useMemo(() => ({ user, timeZone: user?.timeZone ?? browserTimeZone }), [user]);
  return (
    <SessionContext.Provider value={session}>
      {user ? (
        <Suspense>
          <AbilityScope permissions={user.permissions}>{children}</AbilityScope>
        </Suspense>
      ) : (
        children
      )}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  return useContext(SessionContext);
}
