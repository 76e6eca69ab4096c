import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publicLink, type EnlaceConfig } from '../../../platform/config/config';
import type { JobDefinition } from '../../../platform/jobs/job';
import { enqueueMail } from '../../../platform/mail/mailer';
import { overdueSql } from '../action-item.entity';
import { FOCAL_POINT_ROLES } from '../coordination.policy';
import { digestText, type DigestLine } from './digest-texts';

/** How far ahead the digest looks: actions due in the next 14 days, and every overdue one. */
export const DIGEST_HORIZON_DAYS = 14;

interface Row {
  id: string;
  title: string;
  due_at: Date;
  overdue: boolean;
  owner_agency_id: string;
  acronym: string;
  mechanism: string;
}

/**
 * Mails each owner agency's focal points (its active liaison officers, FOCAL_POINT_ROLES) the actions it owes
 * that are overdue or due within the horizon. All mails are enqueued in one transaction (platform/mail): the
 * SMTP conversations happen later, in the mail jobs. Returns how many mails were enqueued.
 */
export async function enqueueActionDigests(orm: MikroORM, config: EnlaceConfig, now = new Date()): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const rows: Row[] = await tx.execute(
      `select ai.id, ai.title, ai.due_at, ${overdueSql('ai')} as overdue, ai.owner_agency_id, a.acronym,
              coalesce(m.names->>'es', m.names->>'en', m.id::text) as mechanism
         from action_item ai join agency a on a.id = ai.owner_agency_id join mechanism m on m.id = ai.mechanism_id
        where ai.status in ('OPEN', 'IN_PROGRESS') and ai.due_at <= ?::timestamptz + make_interval(days => ?)
        order by ai.owner_agency_id, ai.due_at, ai.id`,
      [now, DIGEST_HORIZON_DAYS],
    );
    const byAgency = new Map<string, Row[]>();
    for (const row of rows) byAgency.set(row.owner_agency_id, [...(byAgency.get(row.owner_agency_id) ?? []), row]);
    let mails = 0;
    for (const [agencyId, owed] of byAgency) {
      const people: { email: string; locale: string; time_zone: string }[] = await tx.execute(
        `select email, locale, time_zone from app_user where agency_id = ? and active and exists (select 1 from unnest(roles) r where r::text = any(?::text[])) order by email`,
        [agencyId, `{${FOCAL_POINT_ROLES.join(',')}}`],
      );
      const lines: DigestLine[] = owed.map((row) => ({
        title: row.title,
        dueAt: new Date(row.due_at),
        overdue: row.overdue,
        mechanism: row.mechanism,
        link: publicLink(config.publicUrl, `/coordination/actions/${row.id}`),
      }));
      for (const person of people) {
        await enqueueMail(tx, {
          to: person.email,
          ...digestText(person.locale, person.time_zone, owed[0]!.acronym, lines),
        });
        mails += 1;
      }
    }
    return mails;
  });
}

/** Mondays at 12:00 UTC (morning across Latin America), once across all server processes. */
export const actionDigestJob: JobDefinition<Record<string, never>> = {
  name: 'coordination.action-digest',
  schedule: () => '0 12 * * 1',
  onlyOneAtATime: true,
  retry: () => ({ limit: 0, delaySeconds: 0, backoff: false }),
  async handle(_data, _attempt, { orm, config, logger }) {
    const mails = await enqueueActionDigests(orm, config);
    if (mails > 0) logger.info({ mails }, 'weekly action digests enqueued');
  },
};
