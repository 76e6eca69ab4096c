import type { EntityManager } from '@mikro-orm/postgresql';
import { publicLink, type EnlaceConfig } from '../../../platform/config/config';
import { enqueueMail } from '../../../platform/mail/mailer';
import { Role } from '../../../platform/authz/roles';
import { noticeText, type NoticeFacts, type NoticeKind } from './referral-mail.texts';

export interface NoticeReferral {
  id: string;
  reference: string | null;
  urgency: string;
  category: string;
  receivingAgencyId: string;
  dueAt?: Date | null;
}

/** Active users of an agency with a role: who a notice goes to. */
async function recipients(em: EntityManager, agencyId: string, role: Role) {
  return em
    .getConnection()
    .execute<{ email: string; locale: string }[]>(
      `select email, locale from app_user where agency_id = ? and active and ? = any(roles) order by email`,
      [agencyId, role],
      'all',
      em.getTransactionContext(),
    );
}

/** Mails one notice about a referral to every active user of its receiving agency holding `role`. */
export async function mailNotice(
  em: EntityManager,
  config: EnlaceConfig,
  kind: NoticeKind,
  role: Role,
  referral: NoticeReferral,
) {
  const facts: NoticeFacts = {
    reference: referral.reference ?? referral.id,
    urgency: referral.urgency,
    category: referral.category,
    dueAt: referral.dueAt,
    // Ids only: ENLACE_PUBLIC_URL is the portal's address as users reach it.
    link: publicLink(config.publicUrl, `/referrals/${referral.id}`),
  };
  for (const person of await recipients(em, referral.receivingAgencyId, role)) {
    await enqueueMail(em, { to: person.email, ...noticeText(kind, person.locale, facts) });
  }
}

export const LIAISON = Role.LIAISON_OFFICER;
export const AGENCY_ADMIN = Role.AGENCY_ADMIN;
