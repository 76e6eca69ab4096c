import type { MikroORM } from '@mikro-orm/postgresql';
import { ReferralAction, ReferralStatus, updateReferralDraft } from '../../server/src/modules/referrals';
import { aDraft, type BorderWorld, contextFor, draftInput, referralAfter, referralIn } from '../support/factories';
import { Migration20261206100000ReferralAnswerTimes } from '../../migrations/Migration20261206100000ReferralAnswerTimes';
import { Migration20261206100100ReferralPersonCount } from '../../migrations/Migration20261206100100ReferralPersonCount';
import { aStatisticsWorld } from './statistics-world';

const { SEND, ACKNOWLEDGE, WITHDRAW } = ReferralAction;

/**
 * The figures read the answer times and the person count off the referral row (issue 18). Whatever steps a
 * referral took, the row must say what the history and the persons table say: the first acknowledgement, the
 * first accept or decline, the number of persons. The test recounts them from those tables.
 */
describe('facts the statistics read off the referral row', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let ids: string[];

  beforeAll(async () => {
    ({ orm, world } = await aStatisticsWorld());
    ids = [];
    for (const status of Object.values(ReferralStatus)) ids.push(await referralIn(orm, world, status));
    ids.push(await referralAfter(orm, world, [SEND, ACKNOWLEDGE, WITHDRAW], {}));
    ids.push(await referralIn(orm, world, ReferralStatus.CLOSED, { persons: [] }));
    // A draft edited down to one person, then sent: the count follows the last list written.
    const edited = await aDraft(orm, world);
    const [first] = draftInput(world).persons!;
    await updateReferralDraft(
      contextFor(orm, world.users.senderOfficer),
      edited.id,
      draftInput(world, { persons: [first!] }),
    );
    ids.push(edited.id);
  });
  afterAll(() => orm.close());

  const sql = (query: string, params: unknown[] = []) => orm.em.getConnection().execute(query, params);

  it('keeps the first acknowledgement, the answer and the person count as the history and persons say', async () => {
    const rows = await sql(
      `select r.id, r.status::text as status, r.acknowledged_at is not null as acknowledged,
              r.answered_at is not null as answered, r.person_count,
              r.acknowledged_at is not distinct from (select min(t.at) from referral_transition t
                where t.referral_id = r.id and t.action = 'acknowledge') as acknowledged_as_history,
              r.answered_at is not distinct from (select min(t.at) from referral_transition t
                where t.referral_id = r.id and t.action in ('accept', 'decline')) as answered_as_history,
              r.person_count = (select count(*) from referral_person p where p.referral_id = r.id) as persons_as_table
         from referral r where r.id in (?)`,
      [ids],
    );
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      expect(row).toMatchObject({ acknowledged_as_history: true, answered_as_history: true, persons_as_table: true });
    }
    const byStatus = (status: string) => rows.filter((row) => row.status === status);
    // Not vacuous: each kind of referral has the times its steps imply.
    expect(byStatus('SENT').every((row) => !row.acknowledged && !row.answered)).toBe(true);
    expect(byStatus('ACKNOWLEDGED').every((row) => row.acknowledged && !row.answered)).toBe(true);
    for (const status of ['ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'CLOSED'])
      expect(byStatus(status).every((row) => row.acknowledged && row.answered)).toBe(true);
    expect(byStatus('WITHDRAWN').map((row) => row.acknowledged)).toEqual(expect.arrayContaining([true, false]));
    expect(rows.map((row) => Number(row.person_count)).sort()).toEqual(expect.arrayContaining([0, 1, 2]));
  });

  it('back-fills the stored facts from the history exactly as the service writes them', async () => {
    // The migration's back-fill, run again over the rows the service wrote, changes nothing.
    const [before] = await sql(
      `select md5(string_agg(id || coalesce(acknowledged_at::text, '-') || coalesce(answered_at::text, '-') ||
         person_count, ',' order by id)) as digest from referral where id in (?)`,
      [ids],
    );
    await sql(`update referral r set acknowledged_at = null, answered_at = null, person_count = 0 where id in (?)`, [
      ids,
    ]);
    const backfills = [
      ...(await backfillOf(orm, Migration20261206100000ReferralAnswerTimes)),
      ...(await backfillOf(orm, Migration20261206100100ReferralPersonCount)),
    ];
    expect(backfills).toHaveLength(2);
    for (const statement of backfills) await sql(statement);
    const [after] = await sql(
      `select md5(string_agg(id || coalesce(acknowledged_at::text, '-') || coalesce(answered_at::text, '-') ||
         person_count, ',' order by id)) as digest from referral where id in (?)`,
      [ids],
    );
    expect(after!.digest).toBe(before!.digest);
  });
});

/** The `update` statements of a migration's up(): its back-fill, as the migrator would run it. */
async function backfillOf(orm: MikroORM, Class: typeof Migration20261206100000ReferralAnswerTimes): Promise<string[]> {
  const migration = new Class(orm.em.getDriver(), orm.config);
  await migration.up();
  return migration
    .getQueries()
    .map((query) => String(query))
    .filter((query) => query.startsWith('update'));
}
