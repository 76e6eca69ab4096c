import { randomUUID } from 'node:crypto';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

/**
 * Notification checks (module notifications). SELF: a notification of the caller; OWN_AGENCY: one of a colleague
 * in the caller's agency (the world's liaison officer there). Rows are written through the database, as an event
 * would write them.
 */
export function notificationChecks(server: TestServer): Record<string, Check> {
  const aNotificationOf = async (api: Caller, world: MatrixWorld, relation: Relation) => {
    const userId =
      relation === 'SELF' ? (await api<{ me: { id: string } }>('{ me { id } }')).me.id : world.personOf.OWN_AGENCY.id;
    const id = randomUUID();
    await server.server.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into notification (id, user_id, kind, subject_type, subject_id, reference)
         values (?, ?, 'REFERRAL_RECEIVED', 'REFERRAL', ?, 'MATRIX-1')`,
        [id, userId, randomUUID()],
      );
    return id;
  };
  return {
    'Notification:read': async (api, world, relation) => {
      const id = await aNotificationOf(api, world, relation);
      const { myNotifications } = await api<{ myNotifications: { id: string }[] }>(
        '{ myNotifications(first: 50) { id } }',
      );
      return myNotifications.some((notification) => notification.id === id);
    },
    'Notification:markRead': async (api, world, relation) => {
      const id = await aNotificationOf(api, world, relation);
      try {
        await api('mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id });
        return true;
      } catch (error) {
        if (error instanceof DeniedError) return false;
        throw error;
      }
    },
  };
}
