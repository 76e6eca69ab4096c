import type { EntityManager } from '@mikro-orm/postgresql';
import { CrossingPoint, Mechanism, User } from '../modules/identity';
import {
  createReferralDraft,
  type ReferralAction,
  ReferralCategory,
  ReferralOutcome,
  ReferralUrgency,
  transitionReferral,
} from '../modules/referrals';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

/** Three borders with enough referrals for figures above the disclosure threshold (5). */
const BORDERS = [
  { countries: ['GT', 'MX'], a: 'gt-pnc', b: 'mx-fgr', count: 30 },
  { countries: ['CO', 'EC'], a: 'co-mig', b: 'ec-pol', count: 24 },
  { countries: ['CR', 'PA'], a: 'cr-dgme', b: 'pa-snm', count: 18 },
] as const;

/** How far each referral goes, in a fixed rotation so the mix is stable from one demo to the next. */
const PATHS: ReferralAction[][] = [
  ['send', 'acknowledge', 'accept', 'start', 'close'],
  ['send', 'acknowledge', 'accept', 'start', 'close'],
  ['send', 'acknowledge', 'accept', 'start'],
  ['send', 'acknowledge', 'decline'],
  ['send', 'acknowledge'],
  ['send', 'acknowledge', 'accept', 'start', 'close'],
  ['send'],
] as ReferralAction[][];
const CATEGORIES = [
  ReferralCategory.SMUGGLING_INCIDENT,
  ReferralCategory.SUSPECTED_TRAFFICKING,
  ReferralCategory.SMUGGLING_INCIDENT,
  ReferralCategory.DOCUMENT_FRAUD,
  ReferralCategory.REQUEST_FOR_INFORMATION,
];
const OUTCOMES = [ReferralOutcome.INFORMATION_PROVIDED, ReferralOutcome.ARRESTS_MADE, ReferralOutcome.VICTIMS_ASSISTED];
const URGENCIES = [ReferralUrgency.ROUTINE, ReferralUrgency.URGENT, ReferralUrgency.ROUTINE, ReferralUrgency.IMMEDIATE];
/** Hours after sending at which each step was taken (acknowledge, answer, start, close). */
const STEP_HOURS: Record<string, number> = { send: 0, acknowledge: 1, accept: 2, decline: 2, start: 3, close: 72 };

/**
 * Referrals spread over the last six months on three borders, made through the referral service (rules,
 * numbering, audit) and then moved back in time, so the statistician's region and each mechanism have figures
 * that pass disclosure control, months to compare and acknowledgement times that vary. Demo mode only.
 */
export async function seedDemoStatistics(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  const mechanisms = await em.find(Mechanism, {}, { populate: ['countries'] });
  let made = 0;
  for (const border of BORDERS) {
    const mechanism = mechanisms.find((m) => {
      const codes = m.countries.getItems().map((c) => c.code);
      return codes.length === 2 && border.countries.every((code) => codes.includes(code));
    });
    if (!mechanism) continue;
    const points = await em.find(CrossingPoint, { mechanism: mechanism.id });
    const contexts = {
      a: await contextOf(em, demoEmail(Role.LIAISON_OFFICER, border.a), services, logger),
      b: await contextOf(em, demoEmail(Role.LIAISON_OFFICER, border.b), services, logger),
    };
    const agencies = {
      a: (await em.findOneOrFail(User, { email: demoEmail(Role.LIAISON_OFFICER, border.a) })).agency.id,
      b: (await em.findOneOrFail(User, { email: demoEmail(Role.LIAISON_OFFICER, border.b) })).agency.id,
    };
    for (let i = 0; i < border.count; i++) {
      const [from, to] = i % 3 === 0 ? (['b', 'a'] as const) : (['a', 'b'] as const);
      const draft = await createReferralDraft(contexts[from], {
        receivingAgencyId: agencies[to],
        mechanismId: mechanism.id,
        crossingPointId: points.length > 0 ? points[i % points.length]!.id : null,
        category: CATEGORIES[i % CATEGORIES.length],
        urgency: URGENCIES[i % URGENCIES.length],
        title: `Caso de demostración ${i + 1}`,
        narrative: 'Remisión de demostración para las estadísticas; no describe a ninguna persona real.',
        handlingCode: 'H1',
        sourceReliability: 'B',
        informationAccuracy: 2,
        // Possible victims of the trafficking referrals, without names: the anonymised case-level (HTCDS) export
        // has classes of at least 11 to release (5 per referral, about 6 such referrals per border).
        persons:
          CATEGORIES[i % CATEGORIES.length] === ReferralCategory.SUSPECTED_TRAFFICKING
            ? Array.from({ length: 5 }, () => ({
                role: 'POSSIBLE_VICTIM',
                sex: 'FEMALE',
                estimatedAge: 22,
                nationality: border.countries[0],
              }))
            : [],
      } as unknown as Parameters<typeof createReferralDraft>[1]);
      const path = PATHS[i % PATHS.length]!;
      for (const action of path) {
        const side = action === 'send' ? from : to;
        await transitionReferral(contexts[side], {
          referralId: draft.id,
          action,
          reason: action === 'decline' ? (i % 2 ? 'Fuera de nuestra competencia' : 'Información insuficiente') : null,
          outcome: action === 'close' ? OUTCOMES[i % OUTCOMES.length] : null,
        });
      }
      await backdate(em, draft.id, 5 + ((i * 37) % 170), 1 + ((i * 13) % 40));
      made += 1;
    }
  }
  logger.info({ referrals: made }, 'demo statistics referrals loaded');
}

/** Moves a referral `days` back in time; each step after sending took `slowness` hours more than the last. */
export async function backdate(em: EntityManager, referralId: string, days: number, slowness: number) {
  const steps = Object.entries(STEP_HOURS)
    .map(([action, hours]) => `when '${action}' then ${hours === 0 ? 0 : hours * slowness}`)
    .join(' ');
  const connection = em.getConnection();
  await connection.execute(
    `update referral_transition t set at = r.sent_at - make_interval(days => ?) +
       make_interval(hours => case t.action ${steps} else 0 end)
     from referral r where r.id = t.referral_id and r.id = ?`,
    [days, referralId],
  );
  await connection.execute(
    `update referral set sent_at = sent_at - make_interval(days => ?), created_at = created_at - make_interval(days => ?),
       acknowledge_by = acknowledge_by - make_interval(days => ?), answer_by = answer_by - make_interval(days => ?),
       due_at = due_at - make_interval(days => ?),
       -- The answer times kept on the row follow the history just moved.
       acknowledged_at = (select min(t.at) from referral_transition t where t.referral_id = referral.id
                           and t.action = 'acknowledge'),
       answered_at = (select min(t.at) from referral_transition t where t.referral_id = referral.id
                       and t.action in ('accept', 'decline'))
     where id = ?`,
    [days, days, days, days, days, referralId],
  );
}
