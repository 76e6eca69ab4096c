import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/context';
import { findOnePermitted } from '../../platform/authz/accessible-query';
import { assertCan } from '../../platform/authz/forbidden';
import { badInput, notFound } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Mechanism } from '../identity';
import { DEFAULT_DEADLINES, ReferralDeadlineRule } from './referral-deadline.entity';
import { ReferralUrgency } from './referral.enums';
import type { ReferralDeadlineInput } from './referral.inputs';

const MAX_MINUTES = 90 * 24 * 60;

/** The deadlines a mechanism works with, one per urgency: its own where set, the portal defaults otherwise. */
export async function deadlinesOf(em: EntityManager, mechanismId: string): Promise<ReferralDeadlineRule[]> {
  const configured = await em.find(ReferralDeadlineRule, { mechanism: mechanismId });
  return Object.values(ReferralUrgency).map((urgency) => {
    const own = configured.find((rule) => rule.urgency === urgency);
    // Loaded rows are hydrated without running initialisers, so say it explicitly.
    if (own) return Object.assign(own, { configured: true });
    const fallback = new ReferralDeadlineRule();
    Object.assign(fallback, { urgency, ...DEFAULT_DEADLINES[urgency], configured: false });
    fallback.mechanism = em.getReference(Mechanism, mechanismId, { wrapped: true });
    return fallback;
  });
}

/** When the receiving agency must acknowledge and answer a referral sent now. */
export async function deadlinesFor(em: EntityManager, mechanismId: string, urgency: ReferralUrgency, sentAt: Date) {
  const rule = (await deadlinesOf(em, mechanismId)).find((candidate) => candidate.urgency === urgency)!;
  const after = (minutes: number) => new Date(sentAt.getTime() + minutes * 60_000);
  return { acknowledgeBy: after(rule.acknowledgeWithinMinutes), answerBy: after(rule.answerWithinMinutes) };
}

async function readableMechanism(context: RequestContext, em: EntityManager, mechanismId: string) {
  const mechanism = await findOnePermitted(em, context.ability, 'read', Mechanism, { id: mechanismId });
  if (!mechanism) throw notFound('Mechanism');
  return mechanism;
}

/** Deadlines of a mechanism, for those who may see the mechanism. */
export async function mechanismDeadlines(context: RequestContext, mechanismId: string) {
  const mechanism = await readableMechanism(context, context.em, mechanismId);
  return deadlinesOf(context.em, mechanism.id);
}

/**
 * Sets a mechanism's deadlines for the urgencies given (the others keep theirs). Only its secretariat may
 * (the identity policy's "configure" on Mechanism). Referrals already sent keep the deadlines they got.
 */
export async function configureDeadlines(context: RequestContext, mechanismId: string, rules: ReferralDeadlineInput[]) {
  const problems: Record<string, string> = {};
  rules.forEach((rule, index) => {
    const { acknowledgeWithinMinutes: acknowledge, answerWithinMinutes: answer } = rule;
    if (acknowledge < 1 || answer > MAX_MINUTES || answer < acknowledge)
      problems[`deadlines.${index}`] = 'error.referral.deadlineInvalid';
    if (rules.findIndex((other) => other.urgency === rule.urgency) !== index)
      problems[`deadlines.${index}.urgency`] = 'error.referral.deadlineUrgencyRepeated';
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
  return inUnitOfWork(context, async (em) => {
    const mechanism = await readableMechanism(context, em, mechanismId);
    assertCan(context.ability, 'configure', mechanism, 'Mechanism');
    for (const rule of rules) {
      await em.upsert(ReferralDeadlineRule, {
        mechanism: mechanism.id,
        urgency: rule.urgency,
        acknowledgeWithinMinutes: rule.acknowledgeWithinMinutes,
        answerWithinMinutes: rule.answerWithinMinutes,
      });
    }
    await context.audit.record(em, {
      action: 'referral.deadlines.configure',
      entityType: 'Mechanism',
      entityId: mechanism.id,
      ownerAgencyId: mechanism.secretariatAgency.id,
      details: { rules: rules.map((rule) => ({ ...rule })) },
    });
    return deadlinesOf(em, mechanism.id);
  });
}
