import { registerEnumType } from 'type-graphql';

/** What a bulletin is about (docs/adr/0037-bulletins.md). */
export enum BulletinKind {
  ROUTE_MODUS_OPERANDI = 'ROUTE_MODUS_OPERANDI',
  CROSSING_INDICATORS = 'CROSSING_INDICATORS',
  FALSE_DOCUMENT = 'FALSE_DOCUMENT',
}
registerEnumType(BulletinKind, {
  name: 'BulletinKind',
  description: 'Routes and modus operandi of smuggling networks, indicators at a crossing point, false documents',
});

/** A draft is seen by its drafting agency and the secretariat; a published bulletin by the mechanism's members. */
export enum BulletinStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(BulletinStatus, { name: 'BulletinStatus' });

export const BULLETIN_LANGUAGES = ['es', 'pt', 'en', 'fr'] as const;
export type BulletinLanguage = (typeof BULLETIN_LANGUAGES)[number];
export const BULLETIN_SEARCH_CONFIGURATION: Record<BulletinLanguage, string> = {
  es: 'spanish',
  pt: 'portuguese',
  en: 'english',
  fr: 'french',
};

export const BULLETIN_LIMITS = {
  title: 200,
  body: 8_000,
  namedAgencies: 50,
  search: 200,
  /** Validity: at most a year after it starts. */
  validityDays: 366,
  images: 6,
  imageBytes: 5 * 1024 * 1024,
} as const;

/** The image types a specimen may have (sniffed from the bytes, platform/files/file-content.ts). */
export const SPECIMEN_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
