import { DurableSolution, ReturnRisk } from './durable-solutions.enums';
import type { BestInterestsInput, SolutionReferralInput } from './solution-referral.inputs';

/** Records a problem at a field path (the first one per path wins), keyed under error.durableSolutions. */
export type AddProblem = (path: string, key: string) => void;

const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
const validDay = (day: string | null | undefined) => !!day && day >= '2000-01-01' && day <= latestToday();

/** What the sender recorded of the best-interests procedure, trimmed, to store on the referral. */
export interface BestInterestsRecord {
  bestInterestsAssessedOn: string;
  bestInterestsReference: string;
  bestInterestsDeterminedOn: string | null;
  determinationPanelRoles: string[] | null;
  guardian: string;
}

/**
 * The return risk: required for a return; conditions or reasons unless "safe"; "not safe" stops the referral
 * unless the person's informed wish to return is recorded (the referral then waits for a supervisor). Returns
 * whether a supervisor must confirm.
 */
export function checkReturnRisk(
  solution: DurableSolution,
  input: SolutionReferralInput,
  riskDetails: string | null,
  add: AddProblem,
): boolean {
  if (solution !== DurableSolution.VOLUNTARY_RETURN) return false;
  if (!input.returnRisk) return (add('returnRisk', 'riskAssessmentRequired'), false);
  if (input.returnRisk !== ReturnRisk.SAFE && !riskDetails) add('riskDetails', 'riskDetailsRequired');
  if (input.returnRisk !== ReturnRisk.NOT_SAFE) return false;
  if (!input.informedWish) add('returnRisk', 'returnNotSafe');
  return true;
}

/**
 * For a child: a best-interests assessment (its day and the reference of the document attached) and a guardian,
 * always; for a return or a relocation to a third country also a best-interests determination by a panel (its
 * day and at least two members' roles). Anything missing refuses the referral with the field named.
 */
export function checkBestInterests(
  solution: DurableSolution,
  input: BestInterestsInput | null | undefined,
  add: AddProblem,
): BestInterestsRecord | null {
  if (!input) return (add('bestInterests', 'childNeedsBestInterests'), null);
  const reference = input.reference.trim();
  const guardian = input.guardian.trim();
  if (!validDay(input.assessedOn)) add('bestInterests.assessedOn', 'inTheFuture');
  if (!reference || reference.length > 200) add('bestInterests.reference', 'bestInterestsReferenceRequired');
  if (!guardian || guardian.length > 200) add('bestInterests.guardian', 'guardianRequired');
  const roles = (input.panelRoles ?? []).map((role) => role.trim()).filter(Boolean);
  const needsDetermination = solution !== DurableSolution.LOCAL_INTEGRATION;
  if (needsDetermination) {
    if (!input.determinedOn) add('bestInterests.determinedOn', 'determinationRequired');
    else if (!validDay(input.determinedOn)) add('bestInterests.determinedOn', 'inTheFuture');
    if (roles.length < 2 || roles.length > 10 || roles.some((role) => role.length > 100))
      add('bestInterests.panelRoles', 'panelRolesRequired');
  }
  return {
    bestInterestsAssessedOn: input.assessedOn,
    bestInterestsReference: reference,
    bestInterestsDeterminedOn: needsDetermination ? (input.determinedOn ?? null) : null,
    determinationPanelRoles: needsDetermination ? roles : null,
    guardian,
  };
}
