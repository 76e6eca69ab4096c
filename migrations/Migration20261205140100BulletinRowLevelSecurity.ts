import { Migration } from '../server/src/platform/orm/migration';

/** H3 bulletins: only the member agencies they name, and the agency running the mechanism's secretariat. */
const BULLETIN_POLICY = `enlace_in_mechanism(mechanism_id) and (
    handling_code <> 'H3'
    or enlace_current_agency() = any(named_agency_ids)
    or drafting_agency_id = enlace_current_agency()
    or exists (select 1 from mechanism x where x.id = mechanism_id and x.secretariat_agency_id = enlace_current_agency())
  )`;

const POLICIES: [table: string, condition: string][] = [
  ['bulletin', BULLETIN_POLICY],
  // Images and acknowledgements are as visible as their bulletin (whose own policy applies in the subquery).
  ['bulletin_image', 'exists (select 1 from bulletin p where p.id = bulletin_id)'],
  ['bulletin_acknowledgement', 'exists (select 1 from bulletin p where p.id = bulletin_id)'],
];

/**
 * Row-level security on bulletins, like the library (Migration20261204150100LibraryRowLevelSecurity): a transaction
 * that names its agency sees and writes only its mechanisms' bulletins, H3 ones only when they name it (or it
 * drafted it, or runs the secretariat). Agency-level only: drafts, H1 and roles stay in bulletin.policy.ts.
 */
export class Migration20261205140100BulletinRowLevelSecurity extends Migration {
  override async up(): Promise<void> {
    for (const [table, condition] of POLICIES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (
  enlace_current_agency() is null or ${condition}
);`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of POLICIES) {
      this.addSql(`drop policy if exists "${table}_tenant" on "${table}";`);
      this.addSql(`alter table "${table}" no force row level security;`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
  }
}
