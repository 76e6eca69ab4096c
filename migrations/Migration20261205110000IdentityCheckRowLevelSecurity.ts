import { Migration } from '../server/src/platform/orm/migration';

/**
 * Row-level security on the identity-check tables (ADR 0048), as defence in depth under the CASL conditions like
 * the other tenant tables: a transaction that names its agency (`enlace.agency_id`) sees only its own registered
 * records, and only the checks it made or that matched one of its records. Matching across agencies goes through
 * `enlace_identity_matches`, a SECURITY DEFINER function that answers at most 20 rows (id, agency, reference,
 * exact or possible) for blind indexes the caller already computed with the mechanism's key, and only for a
 * mechanism the caller's agency belongs to: it can find a person one already knows, never list the records.
 */
export class Migration20261205110000IdentityCheckRowLevelSecurity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "identity_record" enable row level security;`);
    this.addSql(`alter table "identity_record" force row level security;`);
    this.addSql(`create policy "identity_record_tenant" on "identity_record" using (
  enlace_current_agency() is null or agency_id = enlace_current_agency()
);`);
    this.addSql(`alter table "identity_check" enable row level security;`);
    this.addSql(`alter table "identity_check" force row level security;`);
    // The record's own policy applies inside the subquery: a check is visible to the agencies whose records it matched.
    this.addSql(`create policy "identity_check_tenant" on "identity_check" using (
  enlace_current_agency() is null
  or asked_by_agency_id = enlace_current_agency()
  or exists (select 1 from identity_record r where r.id = any(matched_record_ids))
) with check (enlace_current_agency() is null or asked_by_agency_id = enlace_current_agency());`);

    // Runs as the schema's owner, which FORCE subjects to the policies too: the caller's agency is set aside for
    // the one query and put back after it (an error aborts the transaction, taking the setting with it).
    this.addSql(`create function enlace_identity_key_versions(p_mechanism uuid) returns setof int
  language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  caller text := coalesce(current_setting('enlace.agency_id', true), '');
begin
  if caller <> '' and not enlace_in_mechanism(p_mechanism) then return; end if;
  perform set_config('enlace.agency_id', '', true);
  return query select distinct r.key_version from identity_record r where r.mechanism_id = p_mechanism;
  perform set_config('enlace.agency_id', caller, true);
end $$;`);
    this
      .addSql(`create function enlace_identity_matches(p_mechanism uuid, p_version int, p_exact text[], p_loose text[])
  returns table (id uuid, reference varchar, agency_id uuid, exact boolean)
  language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  caller text := coalesce(current_setting('enlace.agency_id', true), '');
begin
  if caller <> '' and not enlace_in_mechanism(p_mechanism) then return; end if;
  perform set_config('enlace.agency_id', '', true);
  return query
    select r.id, r.reference, r.agency_id, r.exact_indexes && p_exact
      from identity_record r
     where r.mechanism_id = p_mechanism and r.key_version = p_version
       and (r.exact_indexes && p_exact or r.loose_indexes && p_loose)
     order by r.created_at, r.id
     limit 20;
  perform set_config('enlace.agency_id', caller, true);
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists enlace_identity_matches(uuid, int, text[], text[]);`);
    this.addSql(`drop function if exists enlace_identity_key_versions(uuid);`);
    for (const table of ['identity_check', 'identity_record']) {
      this.addSql(`drop policy if exists "${table}_tenant" on "${table}";`);
      this.addSql(`alter table "${table}" no force row level security;`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
  }
}
