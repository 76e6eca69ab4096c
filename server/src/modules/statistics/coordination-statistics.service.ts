import type { FilterQuery } from '@mikro-orm/core';
import { accessibleWhereFor } from '../../platform/authz/accessible-where';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, forbidden, notFound, unauthenticated } from '../../platform/graphql/errors';
import { ActionStatus, DecisionStatus, Meeting, MeetingKind } from '../coordination';
import { controlDisclosure, CTDC_DISCLOSURE_RULE, DEFAULT_DISCLOSURE_RULE, type Equation } from './disclosure-control';
import { coordinationFigureRows } from './coordination-figures.query';
import { DisclosureLevel, StatisticsScope } from './statistics.enums';
import type { CoordinationStatistics, CoordinationStatisticsInput, StatisticsCell } from './statistics.types';

const TABLES = {
  MEETINGS_HELD: Object.values(MeetingKind),
  DECISIONS: Object.values(DecisionStatus),
  ACTIONS: ['DONE_ON_TIME', 'DONE_LATE', 'DONE_UNDATED', 'OPEN_OVERDUE', 'OPEN_NOT_DUE', ActionStatus.CANCELLED],
} satisfies Record<string, readonly string[]>;

/**
 * Coordination figures of a scope and period: the meetings, decisions and action items of the mechanisms the
 * caller may count (CoordinationFigures) within the scope asked for (their agency's mechanisms, one mechanism,
 * or the region), after disclosure control. Each table adds up to its total.
 */
export async function coordinationStatistics(
  context: RequestContext,
  input: CoordinationStatisticsInput,
): Promise<CoordinationStatistics> {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  const mine = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  const statistician = actor.roles.includes(Role.STATISTICIAN);
  let scope: FilterQuery<Meeting>;
  if (input.scope === StatisticsScope.REGION) {
    if (!statistician) throw forbidden();
    scope = {};
  } else if (input.scope === StatisticsScope.MECHANISM) {
    if (!input.mechanismId) throw badInput({ 'input.mechanismId': 'error.statistics.mechanismRequired' });
    if (!mine.includes(input.mechanismId) && !statistician) throw notFound('Mechanism');
    scope = { mechanism: input.mechanismId };
  } else scope = { mechanism: { $in: mine } };
  if (input.from && input.to && input.from >= input.to)
    throw badInput({ 'input.to': 'error.statistics.periodEmpty' }, 'The period ends before it starts');
  const permitted = accessibleWhereFor(
    context.ability,
    'count',
    'CoordinationFigures',
    Meeting,
    context.em.getMetadata(),
  );
  if (permitted === null) throw forbidden();
  const rows = await coordinationFigureRows(context.em, { $and: [permitted, scope] } as FilterQuery<Meeting>, input);

  const cells = new Map<string, number>();
  for (const [table, keys] of Object.entries(TABLES)) {
    cells.set(`${table}|`, 0);
    for (const key of keys) cells.set(`${table}|${key}`, 0);
  }
  for (const row of rows) {
    cells.set(`${row.dimension}|${row.key}`, (cells.get(`${row.dimension}|${row.key}`) ?? 0) + row.n);
    cells.set(`${row.dimension}|`, cells.get(`${row.dimension}|`)! + row.n);
  }
  const equations: Equation[] = Object.keys(TABLES).map((table) => ({
    total: `${table}|`,
    parts: [...cells.keys()].filter((id) => id.startsWith(`${table}|`) && id !== `${table}|`),
  }));
  const rule = input.disclosure === DisclosureLevel.CTDC ? CTDC_DISCLOSURE_RULE : DEFAULT_DISCLOSURE_RULE;
  const controlled = controlDisclosure(
    [...cells].map(([id, value]) => ({ id, value })),
    equations,
    rule,
  );
  const cellOf = (id: string): StatisticsCell => {
    const cell = controlled.get(id)!;
    return { key: id.split('|')[1] ?? '', parent: null, count: cell.value, suppression: cell.suppression as never };
  };
  const table = (name: keyof typeof TABLES) => ({
    total: cellOf(`${name}|`),
    cells: TABLES[name].map((key) => cellOf(`${name}|${key}`)),
  });
  return {
    scope: input.scope,
    threshold: rule.threshold,
    meetingsHeld: table('MEETINGS_HELD'),
    decisions: table('DECISIONS'),
    actions: table('ACTIONS'),
  };
}
