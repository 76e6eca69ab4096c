import type { TFunction } from 'i18next';
import type { StatisticsMechanismsQuery } from '../../gql/graphql';
import type { Language } from '../../i18n/languages';
import { localName } from '../referral-inbox/referral-common';

type Mechanisms = StatisticsMechanismsQuery['statisticsMechanisms'];

/** Keys the server uses for "not recorded" and for decline reasons too rare to be named. */
const NOT_RECORDED = '(none)';
const OTHER_REASONS = '(other)';

/** Catalogue sections of the enumerated dimensions: the referral screens' own words, `referrals.<section>.<value>`. */
const ENUM_SECTION: Record<string, string> = {
  CATEGORY: 'category',
  URGENCY: 'urgency',
  HANDLING_CODE: 'handlingCode',
  STATUS: 'status',
  OUTCOME: 'outcome',
};

/**
 * Names a table's row for the reader: enumerations in the interface language, countries and borders with
 * Intl's country names, months as "March 2026", mechanisms and crossing points by name.
 */
export function labelMaker(t: TFunction, language: Language, mechanisms: Mechanisms) {
  const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const country = (code: string) => (/^[A-Z]{2}$/.test(code) ? (regions.of(code) ?? code) : code);
  const mechanismName = (id: string) => {
    const found = mechanisms.find((m) => m.id === id);
    return found ? localName(found.names, language) : t('statistics.unknownMechanism');
  };
  const pointName = (id: string) =>
    mechanisms.flatMap((m) => m.crossingPoints).find((p) => p.id === id)?.name ?? t('statistics.unknownPlace');
  return (dimension: string, key: string): string => {
    if (key === NOT_RECORDED) return t('statistics.notRecorded');
    if (key === OTHER_REASONS) return t('statistics.otherReasons');
    if (ENUM_SECTION[dimension]) return t(`referrals.${ENUM_SECTION[dimension]}.${key}`);
    switch (dimension) {
      case 'MECHANISM':
        return mechanismName(key);
      case 'CROSSING_POINT':
        return pointName(key);
      case 'BORDER':
        return key.split('-').map(country).join(' – ');
      case 'SENDING_COUNTRY':
      case 'RECEIVING_COUNTRY':
        return country(key);
      case 'MONTH':
        return /^\d{4}-\d{2}$/.test(key) ? month.format(new Date(`${key}-01T00:00:00Z`)) : key;
      default:
        return key;
    }
  };
}
