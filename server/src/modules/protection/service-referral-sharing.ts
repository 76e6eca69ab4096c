import { ServiceReferralStatus } from './service-referral.enums';

/** Statuses in which the provider still needs the survivor's data; after a decline or the closing it has none. */
export const SHARING_STATUSES = [
  ServiceReferralStatus.SENT,
  ServiceReferralStatus.ACCEPTED,
  ServiceReferralStatus.DELIVERED,
] as const;

/**
 * Whether a referral's provider may read the fields it carries, now: the referral is open, and the consent it was
 * sent under is in force (not withdrawn, today inside its period, by the UTC day as consentStatus counts) or the
 * risk-to-life override it was sent under has not expired. One SQL expression, decided by PostgreSQL on every
 * request (the entity's formula, the provider's list and detail), so a withdrawal cuts access at once.
 */
export function sharingInForceSql(alias: string): string {
  const open = SHARING_STATUSES.map((status) => `'${status}'`).join(', ');
  const today = `(now() at time zone 'UTC')::date`;
  return (
    `(${alias}.status in (${open}) and (` +
    `exists (select 1 from survivor_consent c where c.id = ${alias}.consent_id and c.withdrawn_at is null ` +
    `and c.valid_from <= ${today} and c.valid_until >= ${today}) ` +
    `or exists (select 1 from consent_override o where o.id = ${alias}.override_id and o.expires_at > now())))`
  );
}
