// The languages a person met at these borders speaks: the region's official ones, its indigenous languages and
// those of people crossing from further away. Names come from the browser (Intl.DisplayNames) in the user's
// language; the browser's data has none for many indigenous languages of the region, so those carry their own
// (a language's name is data, like a country's code, not interface text). Any other ISO 639 code can be typed.
const OWN_NAMES: Record<string, { es: string; en: string; pt: string; fr: string }> = {
  mam: { es: 'mam', en: 'Mam', pt: 'mam', fr: 'mam' },
  kek: { es: 'qʼeqchiʼ', en: 'Qʼeqchiʼ', pt: 'qʼeqchiʼ', fr: 'qʼeqchiʼ' },
  cak: { es: 'kaqchikel', en: 'Kaqchikel', pt: 'kaqchikel', fr: 'kaqchikel' },
  quc: { es: 'kʼicheʼ', en: 'Kʼicheʼ', pt: 'kʼicheʼ', fr: 'kʼicheʼ' },
  kjb: { es: 'qʼanjobʼal', en: 'Qʼanjobʼal', pt: 'qʼanjobʼal', fr: 'qʼanjobʼal' },
  ixl: { es: 'ixil', en: 'Ixil', pt: 'ixil', fr: 'ixil' },
  tzj: { es: 'tzʼutujil', en: 'Tzʼutujil', pt: 'tzʼutujil', fr: 'tzʼutujil' },
  tzo: { es: 'tsotsil', en: 'Tzotzil', pt: 'tsotsil', fr: 'tzotzil' },
  tzh: { es: 'tseltal', en: 'Tzeltal', pt: 'tseltal', fr: 'tzeltal' },
  yua: { es: 'maya yucateco', en: 'Yucatec Maya', pt: 'maia iucateque', fr: 'maya yucatèque' },
  nah: { es: 'náhuatl', en: 'Nahuatl', pt: 'náuatle', fr: 'nahuatl' },
  mix: { es: 'mixteco', en: 'Mixtec', pt: 'mixteco', fr: 'mixtèque' },
  miq: { es: 'miskito', en: 'Miskito', pt: 'misquito', fr: 'miskito' },
  cab: { es: 'garífuna', en: 'Garifuna', pt: 'garífuna', fr: 'garifuna' },
  guc: { es: 'wayuunaiki', en: 'Wayuu', pt: 'wayuu', fr: 'wayuu' },
  gym: { es: 'ngäbere', en: 'Ngäbere', pt: 'ngäbere', fr: 'ngäbere' },
  cuk: { es: 'guna', en: 'Guna', pt: 'guna', fr: 'guna' },
};

/** Spanish first (most users' language), then the region's languages, then those of people from further away. */
export const LANGUAGE_CODES: readonly string[] = [
  ...['es', 'en', 'pt', 'fr', 'ht', 'nl', 'pap', 'srn'],
  ...Object.keys(OWN_NAMES),
  ...['qu', 'ay', 'gn', 'arn', 'zap'],
  ...['ar', 'zh', 'hi', 'bn', 'ne', 'ur', 'ps', 'fa', 'wo', 'ff', 'ti', 'am', 'so', 'ru', 'uk', 'vi', 'tr'],
];

/** What the API accepts as a language: an ISO 639-1 or 639-3 code. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

const displayNames = new Map<string, Intl.DisplayNames>();

/** The language's name in `language` ("miskito", "Miskito"...); the code itself when nobody knows it. */
export function languageName(code: string, language: string): string {
  const own = OWN_NAMES[code]?.[language as keyof (typeof OWN_NAMES)[string]];
  if (own) return own;
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
