import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { accessibleWhereFor } from '../../platform/authz/accessible-where';
import type { RequestContext } from '../../platform/context';
import { badInput, forbidden } from '../../platform/graphql/errors';
import { Referral } from '../referrals';
import { INDICATORS, QUALITY_FACTS } from './data-quality.query';
import { periodCondition, scopeCondition } from './referral-statistics.service';
import { NOT_RECORDED } from './referral-statistics.tables';
import { ReferralDimension } from './statistics.enums';
import { ReferralStatisticsInput } from './statistics.types';

/** At most this many records are listed behind one figure: a list to work through, not an export. */
export const FIGURE_RECORDS_LIMIT = 100;

@InputType({
  description:
    'The records behind one figure: a data-quality `indicator`, or a referral table cell (`dimension`, `key`, ' +
    'and `parent` for a crossing point), in the same scope and period as the figure',
})
export class FigureRecordsInput extends ReferralStatisticsInput {
  @Field(() => String, { nullable: true, description: 'A data-quality indicator, e.g. CLOSED_WITHOUT_OUTCOME' })
  indicator?: string | null;

  @Field(() => ReferralDimension, { nullable: true })
  dimension?: ReferralDimension | null;

  @Field(() => String, { nullable: true, description: "The cell's key; at most 200 characters" })
  key?: string | null;

  @Field(() => String, { nullable: true, description: "A crossing point's mechanism; at most 200 characters" })
  parent?: string | null;
}

@ObjectType({ description: 'A referral behind a figure, named by its reference only' })
export class FigureRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;
}

@ObjectType()
export class FigureRecords {
  @Field(() => [FigureRecord], {
    description: 'The records behind the figure that the caller may open (never the others), newest first',
  })
  records!: FigureRecord[];

  @Field(() => Boolean, { description: `More than ${FIGURE_RECORDS_LIMIT} such records: narrow the period` })
  more!: boolean;

  @Field(() => Int)
  limit!: number;
}

/** The SQL expression (on the referral row `r`) a table cell groups by. */
const DIMENSION_SQL: Record<ReferralDimension, string | null> = {
  MECHANISM: 'r.mechanism_id::text',
  BORDER:
    "least(r.sending_country_code, r.receiving_country_code) || '-' || greatest(r.sending_country_code, r.receiving_country_code)",
  CROSSING_POINT: 'r.crossing_point_id::text',
  CATEGORY: 'r.category::text',
  URGENCY: 'r.urgency::text',
  HANDLING_CODE: 'r.handling_code::text',
  SENDING_COUNTRY: 'r.sending_country_code',
  RECEIVING_COUNTRY: 'r.receiving_country_code',
  STATUS: 'r.status::text',
  OUTCOME: 'r.outcome::text',
  MONTH: "to_char(r.sent_at at time zone 'UTC', 'YYYY-MM')",
  DECLINE_REASON: null, // free text grouped for publication: no list behind it
};

function conditionOf(input: FigureRecordsInput): { sql: string; bindings: unknown[] } {
  const tooLong = (value: string | null | undefined) => (value?.length ?? 0) > 200;
  if (tooLong(input.key)) throw badInput({ 'input.key': 'error.statistics.keyTooLong' }, 'Key too long');
  if (tooLong(input.parent)) throw badInput({ 'input.parent': 'error.statistics.keyTooLong' }, 'Parent too long');
  if (input.indicator && !input.dimension) {
    const found = INDICATORS.find(([name]) => name === input.indicator);
    if (!found) throw badInput({ 'input.indicator': 'error.statistics.unknownIndicator' }, 'Unknown indicator');
    return { sql: `(${found[1]}) and (${found[2]})`, bindings: [] };
  }
  const column = input.dimension && !input.indicator ? DIMENSION_SQL[input.dimension] : undefined;
  if (column === undefined || input.key === undefined || input.key === null)
    throw badInput({ 'input.dimension': 'error.statistics.figureRequired' }, 'Which figure?');
  if (column === null) throw badInput({ 'input.dimension': 'error.statistics.noRecordsBehind' }, 'No list');
  const parts: string[] = [];
  const bindings: unknown[] = [];
  if (input.key === NOT_RECORDED) parts.push(`${column} is null`);
  else {
    parts.push(`${column} = ?`);
    bindings.push(input.key);
  }
  if (input.dimension === ReferralDimension.CROSSING_POINT && input.parent) {
    parts.push('r.mechanism_id::text = ?');
    bindings.push(input.parent);
  }
  if (input.dimension === ReferralDimension.OUTCOME) parts.push("r.status = 'CLOSED'");
  return { sql: parts.join(' and '), bindings };
}

/**
 * The referrals behind a figure: those the figure counted (the caller's ReferralFigures rules, the scope and
 * period asked for) that the caller may also open (the Referral read rules), and only those — a statistician,
 * who reads no record, gets an empty list. Linked by reference; nothing else of the record is returned.
 */
export async function figureRecords(context: RequestContext, input: FigureRecordsInput): Promise<FigureRecords> {
  const condition = conditionOf(input);
  const scope = scopeCondition(context, input);
  const meta = context.em.getMetadata();
  const counted = accessibleWhereFor(context.ability, 'count', 'ReferralFigures', Referral, meta);
  if (counted === null) throw forbidden();
  const readable = accessibleWhereFor(context.ability, 'read', 'Referral', Referral, meta);
  if (readable === null) return { records: [], more: false, limit: FIGURE_RECORDS_LIMIT };
  const { sql, bindings } = context.em
    .createQueryBuilder(Referral, 'r')
    .select('r.id')
    .where({ $and: [counted, readable, scope, periodCondition(input)] } as QBFilterQuery<Referral>)
    .getKnexQuery()
    .toSQL();
  // An indicator reads the data-quality facts; a table cell the referral row itself.
  const query = input.indicator
    ? `with scoped as (${sql}),
  ${QUALITY_FACTS}
  select id, reference from facts where ${condition.sql}
  order by sent_at desc, id limit ${FIGURE_RECORDS_LIMIT + 1}`
    : `with scoped as (${sql})
  select r.id, r.reference from referral r join scoped s on s.id = r.id where ${condition.sql}
  order by r.sent_at desc, r.id limit ${FIGURE_RECORDS_LIMIT + 1}`;
  const rows = await context.em
    .getConnection()
    .execute<{ id: string; reference: string | null }[]>(query, [...(bindings as unknown[]), ...condition.bindings]);
  return {
    records: rows.slice(0, FIGURE_RECORDS_LIMIT).map((row) => ({ id: row.id, reference: row.reference })),
    more: rows.length > FIGURE_RECORDS_LIMIT,
    limit: FIGURE_RECORDS_LIMIT,
  };
}
