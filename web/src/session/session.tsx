import { AbilityProvider } from '@casl/react';
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
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
  /**
   * How a signed-in session just ended in this tab, until the shell has taken the officer to the sign-in page
   * (`sawSessionEnd`): signed out here, or ended by the server (expired, signed out in another tab, account disabled).
   * The screens below are drawn afresh for a visitor, so this is kept here.
   */
  sessionEnded: SessionEnd | null;
  sawSessionEnd: () => void;
  /** Called by the sign-out button before it signs out: the end that follows is the officer's own choice. */
  signingOut: () => void;
}

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const SessionContext = createContext<Session>({
  user: null,
  timeZone: browserTimeZone,
  loading: false,
  refresh: () => Promise.resolve(null),
  sessionEnded: null,
  sawSessionEnd: () => undefined,
  signingOut: () => undefined,
});

export type SessionEnd = 'signedOut' | 'byServer';

/** What the shell hands the sign-in page when the server ended a session: say so, and come back here after. */
export interface SignInState {
  sessionEnded: true;
  /** The screen's path and query (ids and filters, never personal data: the app's URLs carry none). */
  returnTo: string;
}

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
  const ending = useSessionEnd(user);
  const session = useMemo(
    () => ({ user, timeZone: user?.timeZone ?? browserTimeZone, loading, refresh, ...ending }),
    [user, loading, refresh, ending],
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

/** Notices a signed-in user becoming nobody: kept here, as everything below is drawn afresh for a visitor. */
function useSessionEnd(user: SignedInUser | null) {
  const [sessionEnded, setSessionEnded] = useState<SessionEnd | null>(null);
  const previous = useRef(user);
  const voluntary = useRef(false);
  useEffect(() => {
    if (previous.current && !user) setSessionEnded(voluntary.current ? 'signedOut' : 'byServer');
    if (user) {
      setSessionEnded(null);
      voluntary.current = false;
    }
    previous.current = user;
  }, [user]);
  const sawSessionEnd = useCallback(() => setSessionEnded(null), []);
  const signingOut = useCallback(() => {
    voluntary.current = true;
  }, []);
  return useMemo(() => ({ sessionEnded, sawSessionEnd, signingOut }), [sessionEnded, sawSessionEnd, signingOut]);
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
