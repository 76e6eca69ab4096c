import type { ApolloClient } from '@apollo/client';
import type { i18n as I18n } from 'i18next';
import { type MeQuery } from '../../gql/shell/graphql';
import { MeDocument } from '../../session/me.generated';
import { isLanguage } from '../../i18n/languages';

/**
 * Once the session cookie is set: loads who signed in (agency, permissions) and switches to the language saved
 * in their profile before anything is said to them, so the welcome is already in their language. Should loading
 * fail, the app still opens and the session loads with the next query.
 */
export async function enterApp(client: ApolloClient, i18n: I18n): Promise<void> {
  const results = (await client.refetchQueries({ include: [MeDocument] }).catch(() => [])) as { data?: unknown }[];
  const locale = results.map((result) => (result.data as MeQuery | undefined)?.me.locale).find(Boolean);
  if (isLanguage(locale) && locale !== i18n.resolvedLanguage) await i18n.changeLanguage(locale);
}
