// ISO 3166-1 alpha-2 codes of the world's countries and territories; their names come from the browser
// (Intl.DisplayNames) in the user's language, so no catalogue of 249 names per language is shipped.
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
  'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
  'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
  'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
  'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export const COUNTRY_CODES: readonly string[] = CODES.split(' ');

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in `language` ("Honduras", "Honduras", "Honduras", "Honduras"); the code if unknown. */
export function countryName(code: string, language: string): string {
  if (!code) return '';
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * Every country, the mechanism's own first (where most people involved come from), then the rest in the
 * alphabetical order of `language`.
 */
export function countryOptions(language: string, first: readonly string[] = []): string[] {
  const collator = new Intl.Collator(language);
  const byName = (a: string, b: string) => collator.compare(countryName(a, language), countryName(b, language));
  const firstSet = new Set(first);
  return [
    ...[...firstSet].filter((code) => COUNTRY_CODES.includes(code)).sort(byName),
    ...COUNTRY_CODES.filter((code) => !firstSet.has(code)).sort(byName),
  ];
}
