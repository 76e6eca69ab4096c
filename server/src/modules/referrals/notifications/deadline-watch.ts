import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EnlaceConfig } from '../../../platform/config/config';
import type { JobDefinition } from '../../../platform/jobs/job';
import { NotificationKind, NotificationSubject, notifyAgency } from '../../notifications';
import { overdueSql } from '../referral-overdue';
import { ReferralNoticeKind } from './referral-notice.entity';
import { AGENCY_ADMIN, LIAISON, mailNotice } from './referral-notices';

interface DueRow {
  id: string;
  reference: string | null;
  urgency: string;
  category: string;
  receiving_agency_id: string;
  /** As PostgreSQL printed it: passed back unchanged, so the notice's deadline matches to the microsecond. */
  due_at: string | Date;
}

const BATCH = 200;

/**
 * Finds referrals with a notice owed and not yet given, and locks them: `FOR UPDATE SKIP LOCKED` lets several
 * passes run at once without two of them taking the same referral; the unique (referral, kind, deadline) row
 * written in the same transaction as the notices' mails (outbox rows and their jobs) makes each notice happen
 * once: a crash before the commit leaves neither, and the mails are sent only after it.
 */
const DUE_SQL: Record<ReferralNoticeKind, string> = {
  // Overdue (referral-overdue.ts): the deadline running in its status has passed.
  [ReferralNoticeKind.OVERDUE]: `
    select r.id, r.reference, r.urgency, r.category, r.receiving_agency_id, r.due_at
      from referral r
     where ${overdueSql('r')}
       and not exists (select 1 from referral_notice n
                        where n.referral_id = r.id and n.kind = 'OVERDUE' and n.due_at = r.due_at)
     order by r.due_at
     limit ${BATCH}
       for update of r skip locked`,
  // An IMMEDIATE referral still not acknowledged after its acknowledge deadline.
  [ReferralNoticeKind.ESCALATION]: `
    select r.id, r.reference, r.urgency, r.category, r.receiving_agency_id, r.acknowledge_by as due_at
      from referral r
     where r.status = 'SENT' and r.urgency = 'IMMEDIATE' and r.acknowledge_by < now()
       and not exists (select 1 from referral_notice n
                        where n.referral_id = r.id and n.kind = 'ESCALATION' and n.due_at = r.acknowledge_by)
     order by r.acknowledge_by
     limit ${BATCH}
       for update of r skip locked`,
};

/** One pass: every owed notice of each kind, a batch per transaction. Returns how many notices were given. */
export async function sendOwedNotices(orm: MikroORM, config: EnlaceConfig): Promise<number> {
  let sent = 0;
  for (const kind of [ReferralNoticeKind.ESCALATION, ReferralNoticeKind.OVERDUE]) {
    let full = true;
    while (full) {
      const batch = await orm.em.fork().transactional((em) => noticeBatch(em, config, kind));
      sent += batch.given;
      full = batch.found === BATCH;
    }
  }
  return sent;
}

async function noticeBatch(em: EntityManager, config: EnlaceConfig, kind: ReferralNoticeKind) {
  const connection = em.getConnection();
  const transaction = em.getTransactionContext();
  const rows = await connection.execute<DueRow[]>(DUE_SQL[kind], [], 'all', transaction);
  let given = 0;
  for (const row of rows) {
    const inserted = await connection.execute(
      `insert into referral_notice (id, referral_id, kind, due_at, sent_at) values (gen_random_uuid(), ?, ?, ?, now())
       on conflict on constraint referral_notice_once do nothing returning id`,
      [row.id, kind, row.due_at],
      'all',
      transaction,
    );
    if (inserted.length === 0) continue;
    const referral = { ...row, receivingAgencyId: row.receiving_agency_id, dueAt: new Date(row.due_at) };
    const escalation = kind === ReferralNoticeKind.ESCALATION;
    if (escalation) await mailNotice(em, config, 'escalation', AGENCY_ADMIN, referral);
    else await mailNotice(em, config, 'overdue', LIAISON, referral);
    await notifyAgency(
      em,
      {
        kind: escalation ? NotificationKind.REFERRAL_ESCALATION : NotificationKind.REFERRAL_OVERDUE,
        subjectType: NotificationSubject.REFERRAL,
        subjectId: row.id,
        reference: row.reference,
      },
      { agencyId: row.receiving_agency_id, roles: [escalation ? AGENCY_ADMIN : LIAISON] },
    );
    given += 1;
  }
  return { found: rows.length, given };
}

/**
 * The deadline watch, a scheduled job (REFERRAL_DEADLINE_CHECK_CRON, every minute by default): the job queue
 * starts one run per due minute across every server process, and never a second while one is waiting or
 * running. A failed run is not retried: the next minute's run finds the same owed notices.
 */
export const deadlineWatchJob: JobDefinition<Record<string, never>> = {
  name: 'referrals.deadline-watch',
  schedule: (config) => config.referrals.deadlineCheckCron,
  onlyOneAtATime: true,
  retry: () => ({ limit: 0, delaySeconds: 0, backoff: false }),
  async handle(_data, _attempt, { orm, config, logger }) {
    const sent = await sendOwedNotices(orm, config);
    if (sent > 0) logger.info({ sent }, 'referral deadline notices given');
  },
};
