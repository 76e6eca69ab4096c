import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import type { EnlaceConfig } from '../../platform/config/config';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import type { JobDefinition } from '../../platform/jobs/job';
import { enqueueMail } from '../../platform/mail/mailer';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, User } from '../identity';
import type { DurablePlan } from './durable-plan.entity';
import { CriterionAssessmentChange } from './durable-plan.inputs';
import { applyAssessment, assertOpen, getReadablePlan } from './durable-plan.service';
import { DurablePlanStatus } from './durable-solutions.enums';
import { FollowUp } from './follow-up.entity';
import type { SolutionReferral } from './solution-referral.entity';
import { UUID } from '../../platform/ids';

/** The agreed points after return or arrival, in months. */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;

/** The same day `months` later (the last day of a shorter month: 30 November for 31 August + 3). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Today's date where the agency owing the report is: a report due today is not overdue until its day ends there. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function isOverdue(followUp: Pick<FollowUp, 'dueOn' | 'filedAt'>, timeZone: string, at = new Date()) {
  return !followUp.filedAt && followUp.dueOn < todayIn(timeZone, at);
}

/** Whether the follow-up's plan is still open (a closed plan's follow-ups are neither overdue nor fileable). */
export async function planIsOpen(followUp: FollowUp): Promise<boolean> {
  const plan = await followUp.plan.load({ dataloader: true });
  return plan?.status === DurablePlanStatus.OPEN;
}

/** How many days before its due day a follow-up's visit may be reported. */
export const FOLLOW_UP_WINDOW_DAYS = 30;

/**
 * A follow-up may be reported from FOLLOW_UP_WINDOW_DAYS days before its due day (in the owing agency's country)
 * until it is filed: not the 6- and 12-month reports the day after the hand-over.
 */
export function isFileable(followUp: Pick<FollowUp, 'dueOn' | 'filedAt'>, timeZone: string, at = new Date()) {
  const [y, m, d] = todayIn(timeZone, at).split('-').map(Number) as [number, number, number];
  const windowEnd = new Date(Date.UTC(y, m - 1, d + FOLLOW_UP_WINDOW_DAYS)).toISOString().slice(0, 10);
  return !followUp.filedAt && followUp.dueOn <= windowEnd;
}

/** The time zone of the agency that owes the follow-up (its country's). */
export async function owingTimeZone(followUp: FollowUp): Promise<string> {
  const agency = (await followUp.owedBy.load({ dataloader: true })) as Agency;
  const country = await agency.country.load({ dataloader: true });
  return country!.timeZone;
}

export async function scheduleFollowUps(
  em: EntityManager,
  plan: DurablePlan,
  referral: SolutionReferral,
  arrivedOn: string,
) {
  for (const months of FOLLOW_UP_MONTHS)
    em.create(FollowUp, {
      plan,
      referral,
      owedBy: referral.recipientAgency,
      monthsAfter: months,
      dueOn: addMonths(arrivedOn, months),
    });
}

@InputType({ description: 'A follow-up report: what was found, and the criteria it updates' })
export class FollowUpReportInput {
  @Field(() => ID)
  followUpId!: string;

  @Field(() => String, { description: 'At least 10, at most 2,000 characters' })
  summary!: string;

  @Field(() => [CriterionAssessmentChange], { description: 'At most 8' })
  assessments!: CriterionAssessmentChange[];
}

/** The receiving organisation's case worker files a follow-up: each assessment goes through the criteria rules. */
export async function fileFollowUp(context: RequestContext, input: FollowUpReportInput): Promise<FollowUp> {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  return inUnitOfWork(context, async (em) => {
    const followUp = UUID.test(input.followUpId) ? await em.findOne(FollowUp, { id: input.followUpId }) : null;
    if (!followUp) throw notFound('FollowUp');
    // Visible only through a plan the caller may read: a foreign id answers like a missing one.
    const plan = await getReadablePlan(em, context.ability, followUp.plan.id, { lockForUpdate: true });
    // A closed plan takes no report, even one without assessments.
    assertOpen(plan);
    if (followUp.filedAt) throw conflict('error.durableSolutions.followUpFiled', 'Already filed');
    if (!isFileable(followUp, await owingTimeZone(followUp)))
      throw badInput({ 'input.followUpId': 'error.durableSolutions.followUpNotDue' });
    const summary = input.summary.trim();
    if (summary.length < 10 || summary.length > 2000)
      throw badInput({ 'input.summary': 'error.durableSolutions.summaryRequired' });
    if (input.assessments.length > 8) throw badInput({ 'input.assessments': 'error.durableSolutions.tooManyItems' });
    for (const [index, change] of input.assessments.entries())
      await applyAssessment(em, context, plan, change, `input.assessments.${index}`);
    if (followUp.owedBy.id !== actor.agencyId)
      throw badInput({ 'input.followUpId': 'error.durableSolutions.notYourFollowUp' });
    Object.assign(followUp, { summary, filedAt: new Date(), filedBy: em.getReference(User, actor.id) });
    await em.flush();
    await context.audit.record(em, {
      action: 'durable-plan.follow-up',
      entityType: 'DurablePlan',
      entityId: plan.id,
      ownerAgencyId: plan.holdingAgency.id,
      details: { followUpId: followUp.id, monthsAfter: followUp.monthsAfter, assessments: input.assessments.length },
    });
    return followUp;
  });
}

interface OverdueRow {
  id: string;
  months_after: number;
  code: string;
  owner_email: string;
  partner_email: string | null;
}

/**
 * One pass of the watch: follow-ups whose day has passed in the owing agency's country, not filed and not yet
 * reminded, locked so two passes never take the same; marked reminded in the transaction that enqueues the
 * mails (sent by the job queue after commit). The mails name the survivor's code only.
 */
export async function remindOverdueFollowUps(orm: MikroORM, config: EnlaceConfig): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const connection = em.getConnection();
    const rows = await connection.execute<OverdueRow[]>(
      `select f.id, f.months_after, s.code, owner.email as owner_email, partner.email as partner_email
         from durable_follow_up f
         join durable_plan p on p.id = f.plan_id
         join survivor s on s.id = p.survivor_id
         join agency a on a.id = f.owed_by_id
         join country c on c.code = a.country_code
         join app_user owner on owner.id = p.case_worker_id
         left join app_user partner on partner.id = p.partner_case_worker_id
        where f.filed_at is null and f.reminded_at is null and p.status = 'OPEN'
          and f.due_on < (now() at time zone c.time_zone)::date
        order by f.due_on limit 200
          for update of f skip locked`,
      [],
      'all',
      em.getTransactionContext(),
    );
    for (const row of rows) {
      await connection.execute(
        'update durable_follow_up set reminded_at = now() where id = ?',
        [row.id],
        'all',
        em.getTransactionContext(),
      );
      for (const to of [row.owner_email, row.partner_email].filter((email): email is string => !!email))
        await enqueueMail(em, {
          to,
          subject: `Enlace: follow-up overdue / seguimiento vencido (${row.code})`,
          text:
            `El seguimiento a los ${row.months_after} meses del caso ${row.code} está vencido.\n\n` +
            `The ${row.months_after}-month follow-up of case ${row.code} is overdue.\n\n${config.publicUrl.href}`,
        });
    }
    return rows.length;
  });
}

/** Daily at 13:00 UTC (morning across the Americas); a failed pass is not retried: the next one finds the same. */
export const followUpWatchJob: JobDefinition<Record<string, never>> = {
  name: 'durable-solutions.follow-up-watch',
  schedule: () => '0 13 * * *',
  onlyOneAtATime: true,
  retry: () => ({ limit: 0, delaySeconds: 0, backoff: false }),
  async handle(_data, _attempt, { orm, config, logger }) {
    const reminded = await remindOverdueFollowUps(orm, config);
    if (reminded > 0) logger.info({ reminded }, 'overdue follow-ups reminded');
  },
};
