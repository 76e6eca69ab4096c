import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MeQuery } from '../pending-schema/me';
import { AbilityProvider } from '@casl/react';
import { createEnlaceAbility } from './ability';

export type SignedInUser = NonNullable<MeQuery['me']>;

interface Session {
  /** Null until sign-in exists on the server (issue 3): the `Me` query is kept in src/pending-schema/. */
  user: SignedInUser | null;
  /** The user's IANA time zone, else the browser's: dates are shown where the officer works. */
  timeZone: string;
}

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const SessionContext = createContext<Session>({ user: null, timeZone: browserTimeZone });

export function SessionProvider({ user = null, children }: { user?: SignedInUser | null; children: ReactNode }) {
  const session = useMemo(() => ({ user, timeZone: user?.timeZone ?? browserTimeZone }), [user]);
  const ability = useMemo(() => createEnlaceAbility(user?.permissions ?? []), [user]);
  return (
    <SessionContext.Provider value={session}>
      <AbilityProvider value={ability}>{children}</AbilityProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  return useContext(SessionContext);
}
