import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../platform/authz/actor';
import type { Role } from '../../../platform/authz/roles';

/**
 * The agency's memberships the permission rules depend on, as two columns (`mechanism_ids`,
 * `secretariat_mechanism_ids`) to add to the statement that finds the caller: authentication is one statement
 * per request, not one for the session and another for the memberships. `agencyId` is a column of that
 * statement, never a value from the request.
 */
export function membershipColumns(agencyId: string): string {
  return `array(select m.id from mechanism m
                 where m.active
                   and exists (select 1 from mechanism_member_agency mma
                                where mma.mechanism_id = m.id and mma.agency_id = ${agencyId})
                 order by m.id)::text[] as mechanism_ids,
          array(select m.id from mechanism m
                 where m.active and m.secretariat_agency_id = ${agencyId}
                 order by m.id)::text[] as secretariat_mechanism_ids`;
}

export interface MembershipRow {
  mechanism_ids: string[];
  secretariat_mechanism_ids: string[];
}

/** Completes an actor with the memberships read by membershipColumns. */
export function actorOf(
  who: { kind: Actor['kind']; id: string; agencyId: string; countryCode: string; roles: Role[]; scopes?: string[] },
  memberships: MembershipRow,
): Actor {
  return {
    kind: who.kind,
    id: who.id,
    agencyId: who.agencyId,
    countryCode: who.countryCode,
    roles: who.roles,
    mechanismIds: memberships.mechanism_ids,
    secretariatMechanismIds: memberships.secretariat_mechanism_ids,
    ...(who.scopes ? { scopes: who.scopes } : {}),
  };
}

/** The actor of a caller found some other way (the demo seed, tests): one statement for the memberships. */
export async function loadActor(em: EntityManager, who: Parameters<typeof actorOf>[0]): Promise<Actor> {
  const rows: MembershipRow[] = await em.execute(`select ${membershipColumns('a.id')} from agency a where a.id = ?`, [
    who.agencyId,
  ]);
  return actorOf(who, rows[0] ?? { mechanism_ids: [], secretariat_mechanism_ids: [] });
}
