import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { Meeting } from '../coordination';
import type { FigureRow } from './referral-figures.query';

/** A period on a column, as SQL with bindings (from included, to excluded). */
export interface Period {
  from?: Date | null;
  to?: Date | null;
}

/**
 * The coordination figures of the permitted meetings (the caller's rules and scope, as the ORM writes them):
 * meetings held by kind; decisions recorded, by status; action items due in the period by how they stand —
 * done on time, done late (the first report that set DONE came after the due moment), done with no report
 * saying when, open and overdue, open and not yet due, cancelled. Decisions and action items belong to a meeting, so the meeting's condition is theirs.
 */
export async function coordinationFigureRows(
  em: EntityManager,
  where: FilterQuery<Meeting>,
  period: Period,
): Promise<FigureRow[]> {
  const { sql, bindings } = em
    .createQueryBuilder(Meeting, 'm')
    .select('m.id')
    .where(where as QBFilterQuery<Meeting>)
    .getKnexQuery()
    .toSQL();
  const within = (column: string) =>
    `(${column} >= coalesce(?::timestamptz, '-infinity') and ${column} < coalesce(?::timestamptz, 'infinity'))`;
  const p = [period.from ?? null, period.to ?? null];
  return em.getConnection().execute<FigureRow[]>(
    `with scoped as (${sql}),
  actions as (
    select a.status::text as status, a.due_at,
      (select min(u.created_at) from action_update u where u.action_item_id = a.id and u.status_to = 'DONE') as done_at
    from action_item a join scoped s on s.id = a.meeting_id
    where ${within('a.due_at')}
  )
  select 'MEETINGS_HELD' as dimension, m.kind::text as key, null as parent, count(*)::int as n
    from meeting m join scoped s on s.id = m.id where m.ends_at < now() and ${within('m.starts_at')} group by m.kind
  union all
  select 'DECISIONS', d.status::text, null, count(*)::int
    from decision d join scoped s on s.id = d.meeting_id where ${within('d.created_at')} group by d.status
  union all
  select 'ACTIONS', case
      when status = 'CANCELLED' then 'CANCELLED'
      when status = 'DONE' and done_at <= due_at then 'DONE_ON_TIME'
      when status = 'DONE' and done_at > due_at then 'DONE_LATE'
      when status = 'DONE' then 'DONE_UNDATED'
      when due_at < now() then 'OPEN_OVERDUE'
      else 'OPEN_NOT_DUE' end, null, count(*)::int
    from actions group by 2`,
    [...bindings, ...p, ...p, ...p],
  );
}
