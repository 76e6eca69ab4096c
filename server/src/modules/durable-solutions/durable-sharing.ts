import type { EntityManager } from '@mikro-orm/postgresql';
import {
  consentCoverage,
  FIELD_CATEGORY,
  type ProtectionService,
  SURVIVOR_PERSONAL_FIELDS,
  type SurvivorPersonalField,
} from '../protection';

/**
 * The personal fields a solution referral may carry: the sealed record's fields that protection's referrals also
 * share (its FIELD_CATEGORY names the consent category each falls under). Screening answers stay with the holder.
 */
export const SOLUTION_SHARED_FIELDS = SURVIVOR_PERSONAL_FIELDS.filter((field) => field in FIELD_CATEGORY) as Exclude<
  SurvivorPersonalField,
  'screenings'
>[];
type SolutionSharedField = (typeof SOLUTION_SHARED_FIELDS)[number];

export const isPersonalField = (field: string): field is SolutionSharedField =>
  (SOLUTION_SHARED_FIELDS as readonly string[]).includes(field);

export interface Recipient {
  id: string;
  kind: string;
  countryCode: string;
}

/**
 * Whether sharing these fields with the recipient for every purpose is covered now: for each purpose a consent
 * in force that names the recipient (or its kind in its country) and the categories of every field, or a
 * supervisor's override for a risk to life (protection's consentCoverage decides both). Asked when the referral
 * is sent and again on every read, so a withdrawal or expiry cuts access at the next request.
 */
export async function sharingCovered(
  em: EntityManager,
  survivorId: string,
  recipient: Recipient,
  purposes: readonly ProtectionService[],
  fields: readonly string[],
  at: Date = new Date(),
): Promise<boolean> {
  if (purposes.length === 0) return false;
  const categories = new Set(fields.filter(isPersonalField).map((field) => FIELD_CATEGORY[field]));
  for (const purpose of purposes) {
    const coverage = await consentCoverage(em, survivorId, recipient, purpose, at);
    if (coverage.override) continue;
    if (!coverage.consent) return false;
    if (![...categories].every((category) => coverage.consent!.categories.includes(category))) return false;
  }
  return true;
}
