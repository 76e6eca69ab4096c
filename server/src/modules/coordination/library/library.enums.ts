import { registerEnumType } from 'type-graphql';

/** What a document of a mechanism's library is. */
export enum LibraryDocumentKind {
  PROTOCOL = 'PROTOCOL',
  STANDARD_OPERATING_PROCEDURE = 'STANDARD_OPERATING_PROCEDURE',
  AGREEMENT = 'AGREEMENT',
  TRAINING_MATERIAL = 'TRAINING_MATERIAL',
  DIAGNOSTIC_STUDY = 'DIAGNOSTIC_STUDY',
  AWARENESS_MATERIAL = 'AWARENESS_MATERIAL',
}
registerEnumType(LibraryDocumentKind, { name: 'LibraryDocumentKind' });

/**
 * Who reads a library document, besides the mechanism's secretariat (docs/user-guide/secretariat.md):
 * H1 the people who sit in the mechanism (member agencies' focal points and the secretariat), H2 every user of
 * the member agencies, H3 the users of the member agencies named on the document.
 */
export enum LibraryHandlingCode {
  H1 = 'H1',
  H2 = 'H2',
  H3 = 'H3',
}
registerEnumType(LibraryHandlingCode, {
  name: 'LibraryHandlingCode',
  description: 'H1: mechanism members (focal points) only; H2: every user of member agencies; H3: named agencies only',
});

/** The languages documents are tagged with, and the PostgreSQL text search configuration of each. */
export const LIBRARY_LANGUAGES = ['es', 'pt', 'en', 'fr'] as const;
export type LibraryLanguage = (typeof LIBRARY_LANGUAGES)[number];
export const SEARCH_CONFIGURATION: Record<LibraryLanguage, string> = {
  es: 'spanish',
  pt: 'portuguese',
  en: 'english',
  fr: 'french',
};

export const LIBRARY_LIMITS = { title: 300, summary: 4_000, versionNote: 500, namedAgencies: 50, search: 200 } as const;
