import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../platform/authz/roles';
import { User } from '../identity';

/** The people of an agency told about survivors' referrals and consents: its active case workers and supervisors. */
export async function staffToTell(em: EntityManager, agencyId: string): Promise<User[]> {
  const people = await em.find(User, { agency: agencyId, active: true }, { orderBy: { id: 'asc' } });
  return people.filter((user) =>
    user.roles.some((role) => role === Role.CASE_WORKER || role === Role.PROTECTION_SUPERVISOR),
  );
}
