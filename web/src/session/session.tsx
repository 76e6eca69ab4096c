import { AbilityProvider } from '@casl/react';
import { createContext, lazy, Suspense, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiSource } from '../api/api-source';
import { type MeQuery } from '../gql/shell/graphql';
import { isLanguage } from '../i18n/languages';
import { forgetAllDrafts } from '../screens/new-referral/forget-drafts';
import { useMe } from './use-me';
import { visitorAbility } from './visitor-ability';

const AbilityScope = lazy(() => import('./ability-scope'));

export type SignedInUser = MeQuery['me'];

interface Session {
  /** Null for visitors who have not signed in (the server answers `me` with UNAUTHENTICATED). */
  user: SignedInUser | null;
  /** The user's IANA time zone, else the browser's: dates are shown where the officer works. */
  timeZone: string;
  /** True while the first answer to `me` is awaited: not yet known whether someone is signed in. */
  loading: boolean;
  /** Asks the server again who is signed in (after signing in); resolves with the answer. */
  refresh: () => Promise<SignedInUser | null>;
}

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const SessionContext = createContext<Session>({
  user: null,
  timeZone: browserTimeZone,
  loading: false,
  refresh: () => Promise.resolve(null),
});

/**
 * Who is signed in (the `Me` query, refetched after sign-in and cleared on sign-out) and their CASL ability for
 * `<Can>` and `useAbility()`. A signed-in user's rules are unpacked in a lazily loaded chunk.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { user, loading, refresh } = useMe(useApiSource());
  useSavedLanguage(user?.locale);
  // Nobody signed in (signed out, or the session expired and `me` now answers UNAUTHENTICATED): no typing
  // of a referral may outlive the session on this, perhaps shared, computer.
  useEffect(() => {
    if (!loading && !user) forgetAllDrafts();
  }, [loading, user]);
  const session = useMemo(
    () => ({ user, timeZone: user?.timeZone ?? browserTimeZone, loading, refresh }),
    [user, loading, refresh],
  );
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

/**
 * After sign-in the interface speaks the language saved in the user's profile, whatever this device showed
 * before; a language chosen later (menu or profile) is saved to the profile, so the two stay the same.
 */
function useSavedLanguage(saved: string | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (isLanguage(saved) && saved !== i18n.resolvedLanguage) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}
