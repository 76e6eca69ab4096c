import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Chip, type ChipProps } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { translateApiError } from '../../api/translate-api-error';
import type { ReferralStatus, ReferralUrgency } from '../../gql/graphql';
import type { Language } from '../../i18n/languages';

/** Shared by the referral screens (inbox, detail, new referral): labels, chips and error texts. */

export const REFERRAL_STATUSES: ReferralStatus[] = [
  'DRAFT',
  'SENT',
  'ACKNOWLEDGED',
  'ACCEPTED',
  'DECLINED',
  'IN_PROGRESS',
  'CLOSED',
  'WITHDRAWN',
];
export const REFERRAL_URGENCIES: ReferralUrgency[] = ['IMMEDIATE', 'URGENT', 'ROUTINE'];

interface LocalizedNames {
  es: string;
  en?: string | null;
  pt?: string | null;
  fr?: string | null;
}

/** A country or mechanism name in the interface language, Spanish when that translation is missing. */
export function localName(names: LocalizedNames, language: Language): string {
  return names[language] ?? names.es;
}

// Colours chosen for contrast (axe, WCAG AA) with white text: MUI's warning orange is too light for it.
const URGENCY_STYLE: Record<ReferralUrgency, ChipProps['sx']> = {
  IMMEDIATE: { bgcolor: '#b71c1c', color: '#fff' },
  URGENT: { bgcolor: '#9a4a00', color: '#fff' },
  ROUTINE: {},
};

export function UrgencyChip({ urgency }: { urgency: ReferralUrgency }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant={urgency === 'ROUTINE' ? 'outlined' : 'filled'}
      sx={URGENCY_STYLE[urgency]}
      label={t(`referrals.urgency.${urgency}`)}
    />
  );
}

const STATUS_COLOR: Partial<Record<ReferralStatus, ChipProps['color']>> = {
  SENT: 'primary',
  ACKNOWLEDGED: 'primary',
  ACCEPTED: 'success',
  IN_PROGRESS: 'success',
};

export function StatusChip({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STATUS_COLOR[status] ?? 'default'}
      label={t(`referrals.status.${status}`)}
    />
  );
}

/**
 * The API's error in the user's language. The referral module's own message keys (`error.referral.*`) are
 * translated in the referrals section of the catalogues; everything else goes through translateApiError.
 */
export function translateReferralError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messageKey = error.errors[0]?.extensions?.messageKey;
    if (typeof messageKey === 'string' && messageKey.startsWith('error.referral.')) {
      const key = `referrals.apiError.${messageKey.slice('error.referral.'.length)}`;
      const text: unknown = t(key, { defaultValue: '', returnObjects: true });
      if (typeof text === 'string' && text !== '') return text;
    }
    const fields = error.errors[0]?.extensions?.fields;
    if (fields && typeof fields === 'object') {
      const texts = Object.values(fields as Record<string, unknown>)
        .filter((key): key is string => typeof key === 'string' && key.startsWith('error.referral.'))
        .map((key) => t(`referrals.apiError.${key.slice('error.referral.'.length)}`, { defaultValue: '' }))
        .filter((text) => text !== '');
      if (texts.length > 0) return [...new Set(texts)].join(' ');
    }
  }
  return translateApiError(error, t).message;
}

/** Whether the API answered NOT_FOUND (or the referral is hidden from the caller, which looks the same). */
export function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
}

/** A local date (YYYY-MM-DD) in the user's language, without time-zone shifts. */
export function formatLocalDate(value: unknown, language: Language): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const [year = NaN, month = NaN, day = NaN] = value.split('-').map(Number); // three parts: tested above
  return new Intl.DateTimeFormat(language === 'pt' ? 'pt-BR' : language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A fresh key for mutations the server makes idempotent (a retry on a flaky line does not act twice). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
