/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation SaveMyLanguage($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}': typeof types.SaveMyLanguageDocument;
  'query Me {\n  me {\n    id\n    name\n    email\n    locale\n    timeZone\n    roles\n    totpEnabled\n    agency {\n      id\n      name\n      acronym\n    }\n    permissions\n  }\n}': typeof types.MeDocument;
  'query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nsubscription NotificationEvents {\n  notificationEvents {\n    type\n    at\n  }\n}': typeof types.UnreadNotificationCountDocument;
  'mutation SignOut {\n  signOut\n}': typeof types.SignOutDocument;
};
const documents: Documents = {
  'mutation SaveMyLanguage($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}':
    types.SaveMyLanguageDocument,
  'query Me {\n  me {\n    id\n    name\n    email\n    locale\n    timeZone\n    roles\n    totpEnabled\n    agency {\n      id\n      name\n      acronym\n    }\n    permissions\n  }\n}':
    types.MeDocument,
  'query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nsubscription NotificationEvents {\n  notificationEvents {\n    type\n    at\n  }\n}':
    types.UnreadNotificationCountDocument,
  'mutation SignOut {\n  signOut\n}': types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SaveMyLanguage($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}',
): (typeof documents)['mutation SaveMyLanguage($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Me {\n  me {\n    id\n    name\n    email\n    locale\n    timeZone\n    roles\n    totpEnabled\n    agency {\n      id\n      name\n      acronym\n    }\n    permissions\n  }\n}',
): (typeof documents)['query Me {\n  me {\n    id\n    name\n    email\n    locale\n    timeZone\n    roles\n    totpEnabled\n    agency {\n      id\n      name\n      acronym\n    }\n    permissions\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nsubscription NotificationEvents {\n  notificationEvents {\n    type\n    at\n  }\n}',
): (typeof documents)['query UnreadNotificationCount {\n  unreadNotificationCount\n}\n\nsubscription NotificationEvents {\n  notificationEvents {\n    type\n    at\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignOut {\n  signOut\n}',
): (typeof documents)['mutation SignOut {\n  signOut\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
