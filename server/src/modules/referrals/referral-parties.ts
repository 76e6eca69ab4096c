import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, forbidden } from '../../platform/graphql/errors';
import { Agency, CrossingPoint, Mechanism } from '../identity';

export interface ReferralParties {
  sendingAgency: Agency;
  receivingAgency: Agency;
  mechanism: Mechanism;
  crossingPoint: CrossingPoint | null;
}

export interface PartiesRequest {
  sendingAgencyId: string;
  receivingAgencyId: string;
  mechanismId: string;
  crossingPointId?: string | null;
}

/**
 * A referral crosses a border inside a mechanism: the two agencies are in different countries and both active
 * members of one active mechanism, and a named crossing point is one the mechanism covers. Checked when a
 * draft is written and again when it is sent, because memberships can change in between. An inactive or
 * unknown agency or mechanism gets the same answer, so the check reveals nothing the directory does not.
 */
export async function checkParties(em: EntityManager, request: PartiesRequest): Promise<ReferralParties> {
  // One after the other: inside the write transaction they share one connection, which runs one query at a time.
  const sendingAgency = await em.findOne(Agency, { id: request.sendingAgencyId });
  const receivingAgency = await em.findOne(Agency, { id: request.receivingAgencyId, active: true });
  const mechanism = await em.findOne(Mechanism, { id: request.mechanismId, active: true });
  if (!sendingAgency?.active) throw forbidden('error.referral.sendingAgencyInactive', 'Your agency is not active');
  if (!receivingAgency) throw badInput({ 'input.receivingAgencyId': 'error.referral.receivingAgencyUnknown' });
  if (receivingAgency.id === sendingAgency.id || countryOf(receivingAgency) === countryOf(sendingAgency)) {
    throw badInput({ 'input.receivingAgencyId': 'error.referral.sameCountry' });
  }
  if (!mechanism) throw badInput({ 'input.mechanismId': 'error.referral.mechanismUnknown' });

  const members: { agency_id: string }[] = await em.execute(
    'select agency_id from mechanism_member_agency where mechanism_id = ? and agency_id in (?, ?)',
    [mechanism.id, sendingAgency.id, receivingAgency.id],
  );
  const memberIds = new Set(members.map((row) => row.agency_id));
  if (!memberIds.has(sendingAgency.id)) throw badInput({ 'input.mechanismId': 'error.referral.senderNotMember' });
  if (!memberIds.has(receivingAgency.id)) throw badInput({ 'input.mechanismId': 'error.referral.receiverNotMember' });

  let crossingPoint: CrossingPoint | null = null;
  if (request.crossingPointId) {
    crossingPoint = await em.findOne(CrossingPoint, { id: request.crossingPointId, mechanism: mechanism.id });
    if (!crossingPoint) throw badInput({ 'input.crossingPointId': 'error.referral.crossingPointNotInMechanism' });
  }
  return { sendingAgency, receivingAgency, mechanism, crossingPoint };
}

/** Country's key is `code`; a Reference only carries its primary key, so read it from the unwrapped entity. */
export function countryOf(agency: Agency): string {
  return agency.country.unwrap().code;
}
