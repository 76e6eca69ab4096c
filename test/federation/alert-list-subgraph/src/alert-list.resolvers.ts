import type { Pool } from 'pg';

interface AlertRow {
  id: string;
  kind: string;
  issuing_country: string;
  handling_code: string;
  reference: string;
  contact_desk: string;
  valid_until: string | null;
  shared_with_mechanism_id: string | null;
}

export interface AlertListContext {
  pool: Pool;
}

const MAX_BLIND_INDEXES = 20;
const STILL_VALID = '(valid_until is null or valid_until >= current_date)';
const COLUMNS = `id, kind, issuing_country, handling_code, reference, contact_desk,
  to_char(valid_until, 'YYYY-MM-DD') as valid_until, shared_with_mechanism_id`;

export const alertListResolvers = {
  Query: {
    async alerts(_: unknown, args: { issuingCountry?: string | null }, { pool }: AlertListContext) {
      const { rows } = await pool.query<AlertRow>(
        `select ${COLUMNS} from alert_list.alert
          where ${STILL_VALID} and ($1::text is null or issuing_country = $1) order by created_at, id`,
        [args.issuingCountry ?? null],
      );
      return rows;
    },
    async alertCheck(_: unknown, args: { blindIndexes: string[]; purpose: string }, { pool }: AlertListContext) {
      const purpose = args.purpose.trim();
      if (!purpose || purpose.length > 500) throw new Error('A purpose of at most 500 characters is required');
      if (args.blindIndexes.length > MAX_BLIND_INDEXES) throw new Error(`At most ${MAX_BLIND_INDEXES} blind indexes`);
      const { rows } = await pool.query<AlertRow>(
        `select ${COLUMNS} from alert_list.alert a
          where ${STILL_VALID}
            and exists (select 1 from alert_list.alert_blind_index b where b.alert_id = a.id and b.blind_index = any($1))
          order by created_at, id`,
        [args.blindIndexes],
      );
      await pool.query('insert into alert_list.check_log (purpose, hits) values ($1, $2)', [purpose, rows.length]);
      return { outcome: rows.length > 0 ? 'HIT' : 'NO_HIT', alerts: rows };
    },
  },
  Alert: {
    async __resolveReference(reference: { id: string }, { pool }: AlertListContext) {
      const { rows } = await pool.query<AlertRow>(`select ${COLUMNS} from alert_list.alert where id::text = $1`, [
        reference.id,
      ]);
      return rows[0] ?? null;
    },
    issuingCountry: (alert: AlertRow) => ({ __typename: 'Country', id: alert.issuing_country }),
    handlingCode: (alert: AlertRow) => alert.handling_code,
    contactDesk: (alert: AlertRow) => alert.contact_desk,
    validUntil: (alert: AlertRow) => alert.valid_until,
    sharedWith: (alert: AlertRow) =>
      alert.shared_with_mechanism_id ? { __typename: 'Mechanism', id: alert.shared_with_mechanism_id } : null,
  },
  Country: {
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
    async activeAlerts(country: { id: string }, _: unknown, { pool }: AlertListContext) {
      const { rows } = await pool.query<{ n: number }>(
        `select count(*)::int as n from alert_list.alert where issuing_country = $1 and ${STILL_VALID}`,
        [country.id],
      );
      const [row] = rows; // count(*) always returns one row
      if (!row) throw new Error('the count of active alerts returned no row');
      return row.n;
    },
  },
};
