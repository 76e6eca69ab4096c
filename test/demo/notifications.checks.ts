import type { SeededDemo } from './demo-server';

const UNREAD = `{ unreadNotificationCount myNotifications(first: 50, unreadOnly: true) { kind subjectType } }`;

/**
 * Every demo role opens Enlace to a few unread notifications in the bell (admins sign in with a second factor, so
 * the last check covers them in the database).
 */
export function notificationsDemoChecks(demo: SeededDemo) {
  it.each([
    ['liaison-officer.gt-pnc', ['REFERRAL_RECEIVED', 'REFERRAL_MESSAGE']],
    ['case-worker.cr-pani', null],
    ['protection-supervisor.cr-pani', null],
    ['auditor.gt-pnc', null],
    ['secretariat.gt-igm', ['MEETING_SCHEDULED']],
  ] as const)('%s has a few unread notifications', async (account, kinds) => {
    const cookie = await demo.signIn(`${account}@demo.enlace.example`);
    const answer = await demo.api.graphql<{
      unreadNotificationCount: number;
      myNotifications: { kind: string; subjectType: string }[];
    }>(UNREAD, {}, { cookie });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.unreadNotificationCount).toBeGreaterThanOrEqual(3);
    expect(answer.data!.myNotifications).toHaveLength(answer.data!.unreadNotificationCount);
    if (kinds)
      expect(answer.data!.myNotifications.some((n) => (kinds as readonly string[]).includes(n.kind))).toBe(true);
  });

  it('every active demo account has at least one unread notification', async () => {
    const rows = await demo.api.server.orm.em
      .fork()
      .getConnection()
      .execute<{ email: string }[]>(
        `select u.email from app_user u
          where u.active and u.email like '%@demo.enlace.example'
            and not exists (select 1 from notification n where n.user_id = u.id and n.read_at is null)`,
      );
    expect(rows.map((row) => row.email)).toEqual([]);
  });
}
