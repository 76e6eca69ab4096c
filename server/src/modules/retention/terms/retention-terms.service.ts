import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context';
import { badInput, forbidden, unauthenticated } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { RETENTION_KINDS } from '../../../platform/retention/retention-schedule';
import { Agency, User } from '../../identity';
import { CLOSED_REFERRALS_PAST_TERM } from '../referral-anonymisation';
import { CLOSED_SURVIVORS_PAST_TERM } from '../survivor-anonymisation';
import { AgencyRetentionTerm } from './agency-retention-term.entity';
import {
  AgencyRetentionKind,
  type AgencyRetentionReport,
  type AnonymisedRecordLine,
  type RetentionTermLine,
} from './retention-terms.types';

const KINDS = Object.values(AgencyRetentionKind);
const LOOK_AHEAD_DAYS = 30;
const RECENT = 50;

/** Per kind: the agency's records past their term (`?` platform term, look-ahead), and the anonymised ones. */
const SQL: Record<AgencyRetentionKind, { due: string; done: string; record: string }> = {
  [AgencyRetentionKind.CLOSED_REFERRALS]: {
    due: `select count(*)::int as count ${CLOSED_REFERRALS_PAST_TERM} and r.sending_agency_id = ?`,
    done: `from anonymised_record a join referral x on x.id = a.record_id
           where a.kind = 'referral' and x.sending_agency_id = ?`,
    record: 'x.reference',
  },
  [AgencyRetentionKind.CLOSED_SURVIVORS]: {
    due: `select count(*)::int as count ${CLOSED_SURVIVORS_PAST_TERM} and s.holding_agency_id = ?`,
    done: `from anonymised_record a join survivor x on x.id = a.record_id
           where a.kind = 'survivor' and x.holding_agency_id = ?`,
    record: 'x.code',
  },
};

/** The subject the policy decides on: the terms of one agency. */
function termsOf(em: EntityManager, agencyId: string): AgencyRetentionTerm {
  return Object.assign(new AgencyRetentionTerm(), { agency: em.getReference(Agency, agencyId, { wrapped: true }) });
}

async function reportOf(context: RequestContext, em: EntityManager, agencyId: string): Promise<AgencyRetentionReport> {
  const platform = context.config.retention.days;
  const own = new Map(
    (await em.find(AgencyRetentionTerm, { agency: agencyId })).map((term) => [term.kind, term] as const),
  );
  const lines: RetentionTermLine[] = [];
  const recent: AnonymisedRecordLine[] = [];
  for (const kind of KINDS) {
    const sql = SQL[kind];
    const count = async (ahead: number) =>
      ((await em.execute(sql.due, [platform[kind], ahead, agencyId])) as { count: number }[])[0]!.count;
    const dueNow = await count(0);
    const [done]: { count: number; last: Date | null }[] = await em.execute(
      `select count(*)::int as count, max(a.anonymised_at) as last ${sql.done}`,
      [agencyId],
    );
    const rows: { record_id: string; reference: string | null; anonymised_at: Date }[] = await em.execute(
      `select a.record_id, ${sql.record} as reference, a.anonymised_at ${sql.done}
       order by a.anonymised_at desc, a.record_id limit ${RECENT}`,
      [agencyId],
    );
    recent.push(
      ...rows.map((row) => ({
        kind,
        recordId: row.record_id,
        reference: row.reference,
        anonymisedAt: new Date(row.anonymised_at),
      })),
    );
    const term = own.get(kind);
    lines.push({
      kind,
      termDays: term?.days ?? platform[kind],
      platformTermDays: platform[kind],
      agencyTermDays: term?.days ?? null,
      minDays: RETENTION_KINDS[kind].minDays,
      maxDays: RETENTION_KINDS[kind].maxDays,
      agencyTermSetAt: term?.updatedAt ?? null,
      dueNow,
      dueWithin30Days: (await count(LOOK_AHEAD_DAYS)) - dueNow,
      anonymisedCount: done!.count,
      lastAnonymisedAt: done!.last ? new Date(done!.last) : null,
    });
  }
  recent.sort((a, b) => b.anonymisedAt.getTime() - a.anonymisedAt.getTime());
  return {
    agencyId,
    lines,
    recent: recent.slice(0, RECENT),
    canUpdate: context.ability.can('update', termsOf(em, agencyId)),
  };
}

function actorOf(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

/** The caller's agency's retention report (its admin and auditors): terms, what is due, what was done. */
export async function agencyRetentionReport(context: RequestContext): Promise<AgencyRetentionReport> {
  const actor = actorOf(context);
  return inUnitOfWork(context, async (em) => {
    if (!context.ability.can('read', termsOf(em, actor.agencyId))) throw forbidden();
    return reportOf(context, em, actor.agencyId);
  });
}

/**
 * The agency admin sets the agency's own term for a kind (whole days within the platform's bounds), or with
 * null goes back to the platform's term. Audited with the previous and new term; nothing changes on refusal.
 */
export async function setAgencyRetentionTerm(
  context: RequestContext,
  kind: AgencyRetentionKind,
  days: number | null,
): Promise<AgencyRetentionReport> {
  const actor = actorOf(context);
  const { minDays, maxDays } = RETENTION_KINDS[kind];
  return inUnitOfWork(context, async (em) => {
    if (!context.ability.can('update', termsOf(em, actor.agencyId))) throw forbidden();
    if (days !== null && (!Number.isInteger(days) || days < minDays || days > maxDays))
      throw badInput({ days: 'error.retention.termOutOfBounds' }, `days must be from ${minDays} to ${maxDays}`);
    const existing = await em.findOne(AgencyRetentionTerm, { agency: actor.agencyId, kind });
    const previousDays = existing?.days ?? null;
    if (days === null) {
      if (existing) em.remove(existing);
    } else if (existing) {
      existing.days = days;
      existing.updatedBy = em.getReference(User, actor.id, { wrapped: true });
    } else {
      em.persist(
        Object.assign(termsOf(em, actor.agencyId), {
          kind,
          days,
          updatedBy: em.getReference(User, actor.id, { wrapped: true }),
        }),
      );
    }
    await em.flush();
    await context.audit.record(em, {
      action: 'retention.term.set',
      entityType: 'Agency',
      entityId: actor.agencyId,
      ownerAgencyId: actor.agencyId,
      fields: ['retentionTerms'],
      details: { kind, previousDays, days, platformDays: context.config.retention.days[kind] },
    });
    return reportOf(context, em, actor.agencyId);
  });
}
