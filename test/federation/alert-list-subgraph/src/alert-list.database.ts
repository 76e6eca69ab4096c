import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';

/** The list's own PostgreSQL schema: nothing of Enlace's tables, and no identity of any alert's subject. */
export async function ensureAlertListSchema(pool: Pool): Promise<void> {
  await pool.query(`
    create schema if not exists alert_list;
    create table if not exists alert_list.alert (
      id uuid primary key,
      kind text not null check (kind in ('STOLEN_DOCUMENT', 'LOST_DOCUMENT', 'WANTED_PERSON', 'MISSING_PERSON')),
      issuing_country char(2) not null,
      handling_code text not null check (handling_code in ('H1', 'H2', 'H3')),
      reference text not null,
      contact_desk text not null,
      valid_until date,
      shared_with_mechanism_id uuid,
      created_at timestamptz not null default now()
    );
    create table if not exists alert_list.alert_blind_index (
      alert_id uuid not null references alert_list.alert (id) on delete cascade,
      blind_index text not null,
      primary key (blind_index, alert_id)
    );
    create table if not exists alert_list.check_log (
      id bigserial primary key,
      purpose text not null,
      hits int not null,
      checked_at timestamptz not null default now()
    );
  `);
}

export interface NewAlert {
  kind: 'STOLEN_DOCUMENT' | 'LOST_DOCUMENT' | 'WANTED_PERSON' | 'MISSING_PERSON';
  issuingCountry: string;
  handlingCode: 'H1' | 'H2' | 'H3';
  reference: string;
  contactDesk: string;
  validUntil?: string;
  sharedWithMechanismId?: string;
  /** Keyed blind indexes of the subject's normalised identifiers (blind-index.ts), never the identifiers. */
  blindIndexes: string[];
}

export async function insertAlert(pool: Pool, alert: NewAlert): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into alert_list.alert
       (id, kind, issuing_country, handling_code, reference, contact_desk, valid_until, shared_with_mechanism_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      alert.kind,
      alert.issuingCountry,
      alert.handlingCode,
      alert.reference,
      alert.contactDesk,
      alert.validUntil ?? null,
      alert.sharedWithMechanismId ?? null,
    ],
  );
  for (const blindIndex of alert.blindIndexes)
    await pool.query('insert into alert_list.alert_blind_index (alert_id, blind_index) values ($1, $2)', [
      id,
      blindIndex,
    ]);
  return id;
}
