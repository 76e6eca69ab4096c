import { Migration } from '../server/src/platform/orm/migration';

const COLUMNS = `e.previous_hash, e.seq::text, e.id::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_kind::text, e.actor_id::text, e.actor_agency_id::text, e.actor_country_code,
    e.action, e.entity_type, e.entity_id, to_jsonb(e.fields), e.owner_agency_id::text, e.details,
    e.request_id, e.client_address`;

/**
 * Each event carries the application's Ed25519 signature of what it wrote (modules/audit/audit-event-signature.ts,
 * ADR 0052). The row's hash now covers the signature too, when there is one: stripping the signatures to pass
 * forged rows off as history from before signing re-chains the trail, which the checkpoints show. An unsigned
 * row hashes exactly as before (the array gains nothing), so the existing chain still verifies.
 */
export class Migration20261205090000AuditEventSignatures extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "audit_event" add column "signature" varchar(100) null, add column "signature_key_id" varchar(16) null;`,
    );
    this.addSql(`create or replace function audit_event_hash(e audit_event) returns varchar language sql stable as $$
  select encode(sha256(convert_to((jsonb_build_array(
    ${COLUMNS}) || case when e.signature is null then '[]'::jsonb
                       else jsonb_build_array(e.signature_key_id, e.signature) end)::text, 'UTF8')), 'hex')
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function audit_event_hash(e audit_event) returns varchar language sql stable as $$
  select encode(sha256(convert_to(jsonb_build_array(
    ${COLUMNS})::text, 'UTF8')), 'hex')
$$;`);
    this.addSql(`alter table "audit_event" drop column "signature", drop column "signature_key_id";`);
  }
}
