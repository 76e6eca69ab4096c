import { Migration } from '../server/src/platform/orm/migration';

/** Tables whose rows belong to the agencies of one referral; the child tables reach it through `referral_id`. */
const PARTY_TABLES = ['referral', 'referral_person'];
const CHILD_TABLES = ['referral_message', 'referral_attachment', 'referral_forward', 'referral_transition'];

/**
 * Row-level security on the tenant tables, as defence in depth under the CASL conditions (docs/security.md,
 * "Row-level security"). A transaction that names its agency (`enlace.agency_id`, set by inUnitOfWork) sees and
 * writes only rows of referrals that agency is a party or a forward recipient of; a session that names none
 * (background jobs, migrations, reads outside a unit of work) is not restricted here. FORCE applies the
 * policies to the tables' owner too; superusers and BYPASSRLS roles still pass, which is why the server runs
 * as a runtime role that is neither.
 */
export class Migration20261204040000TenantRowLevelSecurity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function enlace_current_agency() returns uuid language sql stable as $$
  select nullif(current_setting('enlace.agency_id', true), '')::uuid
$$;`);
    for (const table of PARTY_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (
  enlace_current_agency() is null
  or sending_agency_id = enlace_current_agency()
  or receiving_agency_id = enlace_current_agency()
  or enlace_current_agency() = any(forwarded_to_agency_ids)
);`);
    }
    for (const table of CHILD_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      // The referral's own policy applies inside the subquery: a row is as visible as its referral.
      this.addSql(`create policy "${table}_tenant" on "${table}" using (
  enlace_current_agency() is null or exists (select 1 from referral r where r.id = referral_id)
);`);
    }
  }

  override async down(): Promise<void> {
    for (const table of [...PARTY_TABLES, ...CHILD_TABLES]) {
      this.addSql(`drop policy if exists "${table}_tenant" on "${table}";`);
      this.addSql(`alter table "${table}" no force row level security;`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql(`drop function if exists enlace_current_agency();`);
  }
}
