import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RawRuleOf } from '@casl/ability';
import type { EnlaceAbility } from '../session/ability';
import type { Language } from '../i18n/languages';

/** Hand-written until `me` exists in the schema (issue 3); see README.md in this folder. */
export interface MeQuery {
  me: {
    id: string;
    name: string;
    email: string;
    locale: Language;
    timeZone: string;
    roles: string[];
    agency: { id: string; name: string; acronym: string };
    permissions: RawRuleOf<EnlaceAbility>[];
  } | null;
}

export const MeDocument: TypedDocumentNode<MeQuery, Record<string, never>> = gql`
  query Me {
    me {
      id
      name
      email
      locale
      timeZone
      roles
      agency {
        id
        name
        acronym
      }
      permissions
    }
  }
`;
