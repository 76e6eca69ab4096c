import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { singleRow } from '../../platform/orm/single-row';

/** The previous hash of the first event: the chain starts from 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Rows per round trip: enough to be fast, small enough that memory stays flat whatever the table's size. */
const BATCH_SIZE = 10_000;

export interface AuditChainVerification {
  valid: boolean;
  checkedCount: number;
  /** The first event whose hash, link to its predecessor or position does not check out. */
  firstBrokenSeq: string | null;
  /** The last event checked and its hash: record them elsewhere to detect later truncation of the tail. */
  lastSeq: string | null;
  lastHash: string | null;
}

interface BatchResult {
  checked: string;
  last_seq: string | null;
  last_hash: string | null;
  first_broken: string | null;
}

// One batch, checked inside PostgreSQL with the same function the insert trigger uses: a row is broken when
// its stored hash differs from the recomputed one (edited), when it does not link to the row before it
// (edited or removed predecessor) or when its seq is not the previous one plus one (removed rows). Only the
// summary of the batch comes back to Node.
const VERIFY_BATCH = `
with batch as (
  select e.seq, e.hash, e.previous_hash, audit_event_hash(e) as recomputed,
         lag(e.hash, 1, ?::varchar) over (order by e.seq) as expected_previous_hash,
         lag(e.seq, 1, ?::bigint) over (order by e.seq) as expected_previous_seq
  from (select * from audit_event where seq > ? order by seq limit ?) e
)
select count(*) as checked,
       max(seq) as last_seq,
       (select hash from batch order by seq desc limit 1) as last_hash,
       min(seq) filter (where hash <> recomputed or previous_hash <> expected_previous_hash
                          or seq <> expected_previous_seq + 1) as first_broken
from batch`;

/**
 * Recomputes the whole chain in seq order, batch by batch (keyset pagination on the primary key), and stops
 * at the first broken event. Runs in one repeatable-read transaction so every batch sees the same chain even
 * while new events are appended.
 */
export async function verifyAuditChain(em: EntityManager): Promise<AuditChainVerification> {
  return em.transactional(
    async (tx) => {
      const connection = tx.getConnection();
      let checkedCount = 0;
      let lastSeq = '0';
      let lastHash = GENESIS_HASH;
      for (;;) {
        const batch = singleRow(
          await connection.execute<BatchResult[]>(
            VERIFY_BATCH,
            [lastHash, lastSeq, lastSeq, BATCH_SIZE],
            'all',
            tx.getTransactionContext(),
          ),
          'audit chain verification batch',
        );
        checkedCount += Number(batch.checked);
        if (batch.first_broken !== null) {
          return { valid: false, checkedCount, firstBrokenSeq: String(batch.first_broken), lastSeq, lastHash };
        }
        if (batch.last_seq === null) break;
        lastSeq = String(batch.last_seq);
        lastHash = batch.last_hash!;
        if (Number(batch.checked) < BATCH_SIZE) break;
      }
      const empty = checkedCount === 0;
      return {
        valid: true,
        checkedCount,
        firstBrokenSeq: null,
        lastSeq: empty ? null : lastSeq,
        lastHash: empty ? null : lastHash,
      };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}
