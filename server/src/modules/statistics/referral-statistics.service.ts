import type { FilterQuery } from '@mikro-orm/core';
import { accessibleWhereFor } from '../../platform/authz/accessible-where';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, forbidden, notFound, unauthenticated } from '../../platform/graphql/errors';
import {
  HandlingCode,
  Referral,
  ReferralCategory,
  ReferralOutcome,
  ReferralStatus,
  ReferralUrgency,
} from '../referrals';
import { CTDC_DISCLOSURE_RULE, DEFAULT_DISCLOSURE_RULE, type DisclosureRule } from './disclosure-control';
import { aggregatePlan } from './referral-aggregates.query';
import { countReferralFigures, sentDuring } from './referral-figure-sources';
import { publishReferralFigures } from './referral-statistics.tables';
import { DisclosureLevel, StatisticsScope } from './statistics.enums';
import type { ReferralStatistics, ReferralStatisticsInput } from './statistics.types';

/** Enumerations shown with every value, zeros included, so a chart has a stable set of bars. */
export const COMPLETE_DIMENSIONS: Record<string, readonly string[]> = {
  CATEGORY: Object.values(ReferralCategory),
  URGENCY: Object.values(ReferralUrgency),
  HANDLING_CODE: Object.values(HandlingCode),
  STATUS: Object.values(ReferralStatus).filter((status) => status !== ReferralStatus.DRAFT),
  OUTCOME: Object.values(ReferralOutcome),
};

/**
 * Referral statistics for one scope and period. The rows counted are those the caller's rules let them count
 * (ReferralFigures, statistics.policy.ts) AND those of the scope asked for: a figure never includes a referral
 * the caller could not count. Every figure then passes disclosure control, except an agency's own operational
 * counts when it asks for them exactly.
 */
export async function referralStatistics(
  context: RequestContext,
  input: ReferralStatisticsInput,
): Promise<ReferralStatistics> {
  const scopeWhere = scopeCondition(context, input);
  const permitted = accessibleWhereFor(context.ability, 'count', 'ReferralFigures', Referral, context.em.getMetadata());
  if (permitted === null) throw forbidden();
  periodCondition(input); // refuses an empty period
  // Whole months from the aggregates the triggers keep, the rest row by row (ADR 0056).
  const plan = aggregatePlan(context.ability, { ...input, agencyId: context.actor!.agencyId });
  const { rows, durations } = await countReferralFigures(
    context.em,
    { $and: [permitted, scopeWhere] } as FilterQuery<Referral>,
    input,
    plan,
  );
  return { scope: input.scope, ...publishReferralFigures(rows, durations, ruleFor(input), COMPLETE_DIMENSIONS) };
}

export function scopeCondition(context: RequestContext, input: ReferralStatisticsInput): FilterQuery<Referral> {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  const statistician = actor.roles.includes(Role.STATISTICIAN);
  if (input.exact && input.scope !== StatisticsScope.AGENCY)
    throw badInput({ 'input.exact': 'error.statistics.exactOnlyForAgency' }, 'Exact figures: own agency only');
  switch (input.scope) {
    case StatisticsScope.AGENCY:
      return { $or: [{ sendingAgency: actor.agencyId }, { receivingAgency: actor.agencyId }] };
    case StatisticsScope.MECHANISM: {
      const id = input.mechanismId;
      if (!id) throw badInput({ 'input.mechanismId': 'error.statistics.mechanismRequired' }, 'Which mechanism?');
      const own = actor.mechanismIds.includes(id) || actor.secretariatMechanismIds.includes(id);
      // A mechanism the caller has nothing to do with answers like one that does not exist.
      if (!own && !statistician) throw notFound('Mechanism');
      return { mechanism: id };
    }
    case StatisticsScope.REGION:
      if (!statistician) throw forbidden();
      return {};
  }
}

export function periodCondition(input: ReferralStatisticsInput): FilterQuery<Referral> {
  if (input.from && input.to && input.from >= input.to)
    throw badInput({ 'input.to': 'error.statistics.periodEmpty' }, 'The period ends before it starts');
  return sentDuring(input);
}

export function ruleFor(input: ReferralStatisticsInput): DisclosureRule {
  if (input.exact) return { threshold: 1 };
  return input.disclosure === DisclosureLevel.CTDC ? CTDC_DISCLOSURE_RULE : DEFAULT_DISCLOSURE_RULE;
}
