import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import {
  createReferralDraft,
  REFERRAL_TRANSITIONS,
  ReferralCategory,
  ReferralOutcome,
  ReferralSide,
  ReferralStatus,
  transitionReferral,
} from '../../server/src/modules/referrals';
import { EnlaceError } from '../../server/src/platform/graphql/errors';
import { type BorderWorld, contextFor, draftInput, stepsTo } from '../support/factories';
import { aStatisticsWorld } from './statistics-world';

/**
 * The counters the triggers keep (referral_box_count, and the statistics' referral_figure_count,
 * referral_answer_time_count, referral_quality_count, day axis included; ADR 0056) stay equal to a
 * recount of the rows when many transactions write referrals of the same keys at once — same mechanism, month,
 * category, status — on several connections, some of them rolled back. A trigger that read a counter and wrote
 * it back (instead of adding in one statement) would lose updates here.
 */
describe('the referral counters under concurrent writers', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let other: BorderWorld;

  // Reproducible choices (the interleaving itself is up to PostgreSQL).
  let seed = 20261205;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const CATEGORIES = [ReferralCategory.SMUGGLING_INCIDENT, ReferralCategory.SUSPECTED_TRAFFICKING];
  const TARGETS = [
    ReferralStatus.SENT,
    ReferralStatus.ACKNOWLEDGED,
    ReferralStatus.ACCEPTED,
    ReferralStatus.DECLINED,
    ReferralStatus.CLOSED,
    ReferralStatus.WITHDRAWN,
  ];

  const tally = { committed: 0, rolledBack: 0, refused: 0, deadlocks: 0 };
  /** What a writer may meet under concurrency: a step another writer made illegal, a deadlock (rolled back). */
  const expectedFailure = (error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === '40P01' || code === '40001') return void (tally.deadlocks += 1);
    if (error instanceof EnlaceError) return void (tally.refused += 1);
    throw error;
  };
  class RolledBack extends Error {}

  beforeAll(async () => {
    ({ orm, world, other } = await aStatisticsWorld());
  });
  afterAll(() => orm.close());

  /** One service writer: drafts referrals and walks them step by step, each step its own transaction. */
  const serviceWriter = async (of: BorderWorld, referrals: number, ids: string[]) => {
    for (let n = 0; n < referrals; n++) {
      const draft = await createReferralDraft(
        contextFor(orm, of.users.senderOfficer),
        draftInput(of, { category: pick(CATEGORIES) }),
      );
      tally.committed += 1;
      ids.push(draft.id);
      for (const action of stepsTo(pick(TARGETS))) {
        const rule = REFERRAL_TRANSITIONS.find((candidate) => candidate.action === action)!;
        const who = rule.side === ReferralSide.SENDER ? of.users.senderOfficer : of.users.receiverOfficer;
        const step = {
          referralId: draft.id,
          action,
          reason: rule.requires === 'reason' ? 'Sin competencia' : null,
          outcome: rule.requires === 'outcome' ? ReferralOutcome.ARRESTS_MADE : null,
        };
        // One step in four is taken inside a transaction that then rolls back (after the triggers ran), and
        // taken again for real.
        if (random() < 0.25) {
          const context = contextFor(orm, who);
          await context.em
            .transactional(async (em) => {
              await transitionReferral({ ...context, em }, step);
              await em.getConnection().execute('select pg_sleep(0.005)', [], 'all', em.getTransactionContext());
              throw new RolledBack();
            })
            .catch((error: unknown) =>
              error instanceof RolledBack ? void (tally.rolledBack += 1) : expectedFailure(error),
            );
        }
        const done = await transitionReferral(contextFor(orm, who), step).then(
          () => true,
          (error: unknown) => expectedFailure(error),
        );
        if (!done) break;
        tally.committed += 1;
      }
    }
  };

  /**
   * One writer on its own connection changing counted columns of the others' referrals in plain SQL: a
   * category, the month it was sent in, a status with its acknowledgement, a deletion; each transaction held
   * open a moment, half of them rolled back.
   */
  const sqlWriter = async (ids: string[], transactions: number) => {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      for (let n = 0; n < transactions; n++) {
        const id = pick(ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000']);
        const change = pick([
          [`update referral set category = $2 where id = $1`, [id, pick(CATEGORIES)]],
          [`update referral set sent_at = sent_at - interval '31 days' where id = $1 and sent_at is not null`, [id]],
          [
            `update referral set sent_at = date_trunc('day', sent_at) + interval '23 hours 59 minutes' where id = $1`,
            [id],
          ],
          [
            `update referral set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, now())
              where id = $1 and status = 'SENT'`,
            [id],
          ],
          [`update referral set outcome = null where id = $1 and status = 'CLOSED'`, [id]],
          [`delete from referral where id = $1 and status = 'DRAFT'`, [id]],
        ] as [string, unknown[]][]);
        try {
          await client.query('begin');
          if (change[0].startsWith('delete'))
            await client.query('delete from referral_person where referral_id = $1', [id]);
          await client.query(change[0], change[1]);
          await client.query(`select pg_sleep(${(random() * 0.01).toFixed(4)})`);
          if (random() < 0.5) {
            await client.query('rollback');
            tally.rolledBack += 1;
          } else {
            await client.query('commit');
            tally.committed += 1;
          }
        } catch (error) {
          await client.query('rollback');
          expectedFailure(error);
        }
      }
    } finally {
      await client.end();
    }
  };

  /** Every counter as kept, and as a full recount of the rows gives it (in a transaction rolled back). */
  const keptAndRecounted = async () => {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const counters = `select * from (
        select 'box' as t, agency_id::text as party, box::text as axis, null::date as period, status::text as status, '' as cell, count
          from referral_box_count where count <> 0
        union all select 'figure', party_id::text, axis, month, status::text, dimension || '|' || coalesce(parent, '') || '|' || coalesce(key, ''), count
          from referral_figure_count where count <> 0
        union all select 'time', party_id::text, axis, month, '', kind || '|' || bucket, count
          from referral_answer_time_count where count <> 0
        union all select 'quality', party_id::text, axis, month, status::text, fact, count
          from referral_quality_count where count <> 0) c order by 1, 2, 3, 4, 5, 6`;
    try {
      await client.query('begin');
      const kept = (await client.query(counters)).rows.map((row: unknown) => JSON.stringify(row));
      await client.query('select referral_box_count_rebuild(), referral_figure_rebuild()');
      const recounted = (await client.query(counters)).rows.map((row: unknown) => JSON.stringify(row));
      await client.query('rollback');
      return { kept, recounted };
    } finally {
      await client.end();
    }
  };

  it('keeps every counter equal to a recount of the rows', async () => {
    const ids: string[] = [];
    const writers = [
      ...[world, world, world, world, world, world, other, other].map((of) => serviceWriter(of, 6, ids)),
      ...[1, 2, 3, 4].map(() => sqlWriter(ids, 50)),
    ];
    await Promise.all(writers);
    // The run was concurrent and mixed: commits and rollbacks of both kinds of writer.
    expect(tally.committed).toBeGreaterThan(100);
    expect(tally.rolledBack).toBeGreaterThan(30);
    const { kept, recounted } = await keptAndRecounted();
    expect(recounted.length).toBeGreaterThan(100);
    // Differences first (readable when it fails), then the whole.
    expect(kept.filter((row) => !recounted.includes(row))).toEqual([]);
    expect(recounted.filter((row) => !kept.includes(row))).toEqual([]);
    expect(kept).toEqual(recounted);
  });
});
