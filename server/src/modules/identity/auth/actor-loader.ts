import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../platform/authz/actor';
import type { Role } from '../../../platform/authz/roles';

/** Completes an actor with the agency's mechanism memberships, which the permission rules depend on. */
export async function loadActor(
  em: EntityManager,
  who: { kind: Actor['kind']; id: string; agencyId: string; countryCode: string; roles: Role[]; scopes?: string[] },
): Promise<Actor> {
  const rows: { id: string; member: boolean; secretariat: boolean }[] = await em.execute(
    `select m.id,
            exists (select 1 from mechanism_member_agency mma
                     where mma.mechanism_id = m.id and mma.agency_id = ?) as member,
            (m.secretariat_agency_id = ?) as secretariat
       from mechanism m
      where m.active
        and (m.secretariat_agency_id = ?
             or exists (select 1 from mechanism_member_agency mma where mma.mechanism_id = m.id and mma.agency_id = ?))
      order by m.id`,
    [who.agencyId, who.agencyId, who.agencyId, who.agencyId],
  );
  return {
    kind: who.kind,
    id: who.id,
    agencyId: who.agencyId,
    countryCode: who.countryCode,
    roles: who.roles,
    mechanismIds: rows.filter((row) => row.member).map((row) => row.id),
    secretariatMechanismIds: rows.filter((row) => row.secretariat).map((row) => row.id),
    ...(who.scopes ? { scopes: who.scopes } : {}),
  };
}
