import type { i18n as I18n } from 'i18next';
import { isLanguage } from '../../i18n/languages';
import type { SignedInUser } from '../../session/session';

/**
 * Once the session cookie is set: loads who signed in (agency, permissions; the session's `refresh`) and switches
 * to the language saved in their profile before anything is said to them, so the welcome is already in their
 * language. Should loading fail, the app still opens and the session loads with the next query.
 */
export async function enterApp(refreshSession: () => Promise<SignedInUser | null>, i18n: I18n): Promise<void> {
  const locale = (await refreshSession().catch(() => null))?.locale;
  if (isLanguage(locale) && locale !== i18n.resolvedLanguage) await i18n.changeLanguage(locale);
}
