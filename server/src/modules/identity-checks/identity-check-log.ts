import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../platform/context';
import { forbidden, unauthenticated } from '../../platform/graphql/errors';
import { Agency, Mechanism } from '../identity';
import { IdentityCheckOutcome } from './identity-check.entity';

/** One check that matched records of the caller's agency: who asked (agency), when, why, what it was told. */
@ObjectType({ description: "A check that matched the caller's agency's records: the data owner's log" })
export class IdentityCheckNotice {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  checkedAt!: Date;

  @Field(() => Agency, { description: 'The agency that asked' })
  askedByAgency!: Agency;

  @Field(() => Mechanism)
  mechanism!: Mechanism;

  @Field(() => String, { description: 'The purpose the asker stated' })
  purpose!: string;

  @Field(() => IdentityCheckOutcome)
  outcome!: IdentityCheckOutcome;

  @Field(() => [String], { description: "The caller's agency's own references the check matched" })
  references!: string[];
}

interface NoticeRow {
  id: string;
  created_at: Date;
  asked_by_agency_id: string;
  mechanism_id: string;
  purpose: string;
  outcome: IdentityCheckOutcome;
  references: string[];
}

export const CHECK_LOG_MAX = 200;

/**
 * The data owner's log: every check that matched a record of the caller's agency, newest first. It names the
 * asking agency (not its officer: that stays in the audit trail, for the auditors of both), the stated purpose and
 * the answer; it never says which identifier was typed.
 */
export async function identityCheckLog(context: RequestContext, limit: number): Promise<IdentityCheckNotice[]> {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  if (!context.ability.can('read', { __subjectType: 'IdentityCheckNotice', ownerAgencyId: actor.agencyId } as never))
    throw forbidden();
  const em = context.em.fork();
  const rows = await em.execute<NoticeRow[]>(
    `select c.id, c.created_at, c.asked_by_agency_id, c.mechanism_id, c.purpose, c.outcome,
            array(select r.reference from identity_record r
                   where r.id = any(c.matched_record_ids) and r.agency_id = ? order by r.reference) as "references"
       from identity_check c
      where exists (select 1 from identity_record r where r.id = any(c.matched_record_ids) and r.agency_id = ?)
      order by c.created_at desc, c.id desc
      limit ?`,
    [actor.agencyId, actor.agencyId, Math.max(1, Math.min(limit, CHECK_LOG_MAX))],
  );
  const agencies = await em.find(Agency, { id: { $in: [...new Set(rows.map((row) => row.asked_by_agency_id))] } });
  const mechanisms = await em.find(Mechanism, { id: { $in: [...new Set(rows.map((row) => row.mechanism_id))] } });
  const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
  const mechanismById = new Map(mechanisms.map((mechanism) => [mechanism.id, mechanism]));
  return rows.map((row) => ({
    id: row.id,
    checkedAt: new Date(row.created_at),
    askedByAgency: agencyById.get(row.asked_by_agency_id)!,
    mechanism: mechanismById.get(row.mechanism_id)!,
    purpose: row.purpose,
    outcome: row.outcome,
    references: row.references,
  }));
}
