import { Migration } from '../server/src/platform/orm/migration';

/** H3 documents: only the member agencies they name, and the agency running the mechanism's secretariat. */
const DOCUMENT_POLICY = `enlace_in_mechanism(mechanism_id) and (
    handling_code <> 'H3'
    or enlace_current_agency() = any(named_agency_ids)
    or exists (select 1 from mechanism x where x.id = mechanism_id and x.secretariat_agency_id = enlace_current_agency())
  )`;

const POLICIES: [table: string, condition: string][] = [
  ['library_document', DOCUMENT_POLICY],
  // A version is as visible as its document (whose own policy applies in the subquery).
  ['library_document_version', 'exists (select 1 from library_document p where p.id = document_id)'],
];

/**
 * Row-level security on the coordination library, like the other mechanism tables
 * (Migration20261204102545CoordinationProtectionRowLevelSecurity): a transaction that names its agency sees and
 * writes only its mechanisms' documents, H3 ones only when they name it (or it runs the secretariat). Agency-level
 * only: the H1 role rule stays in library.policy.ts, which remains the rule.
 */
export class Migration20261204150100LibraryRowLevelSecurity extends Migration {
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
