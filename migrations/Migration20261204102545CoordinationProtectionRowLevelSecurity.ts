import { Migration } from '../server/src/platform/orm/migration';

/** Mechanism records: the mechanism's member agencies and the agency running its secretariat. */
const MECHANISM_TABLES = ['meeting', 'decision', 'action_item'];
/** Rows of a meeting or an action item, as visible as their parent (whose own policy applies in the subquery). */
const CHILD_TABLES: [table: string, parent: string, key: string][] = [
  ['agenda_item', 'meeting', 'meeting_id'],
  ['meeting_attendance', 'meeting', 'meeting_id'],
  ['meeting_invited_agency', 'meeting', 'meeting_id'],
  ['minutes_comment', 'meeting', 'meeting_id'],
  ['minutes_revision', 'meeting', 'meeting_id'],
  ['action_update', 'action_item', 'action_item_id'],
];
/** Survivor records: the holding agency; consents and overrides also the recipient agency they name. */
const SURVIVOR_POLICY = 'holding_agency_id = enlace_current_agency()';
const CONSENT_POLICY = `holding_agency_id = enlace_current_agency()
  or recipient_agency_id = enlace_current_agency()
  or exists (select 1 from agency a where a.id = enlace_current_agency()
             and a.kind = recipient_agency_kind and a.country_code = recipient_country_code)`;
const OVERRIDE_POLICY = `holding_agency_id = enlace_current_agency() or recipient_agency_id = enlace_current_agency()`;

const ALL_TABLES = [
  ...MECHANISM_TABLES,
  ...CHILD_TABLES.map(([table]) => table),
  'survivor',
  'survivor_consent',
  'consent_override',
];

/**
 * Row-level security on the coordination and protection tables, as on the referral tables
 * (Migration20261204040000TenantRowLevelSecurity; docs/security.md, "Row-level security"): a transaction that
 * names its agency (`enlace.agency_id`) sees and writes only its mechanisms' meetings, decisions and action
 * items (and their rows) and its own survivors; one that names none (jobs, migrations) is not restricted here.
 * The policies are no stricter than coordination.policy.ts and protection.policy.ts, which stay the rule.
 */
export class Migration20261204102545CoordinationProtectionRowLevelSecurity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function enlace_in_mechanism(mechanism uuid) returns boolean language sql stable as $$
  select exists (select 1 from mechanism_member_agency m
                 where m.mechanism_id = mechanism and m.agency_id = enlace_current_agency())
      or exists (select 1 from mechanism x where x.id = mechanism and x.secretariat_agency_id = enlace_current_agency())
$$;`);
    const policies: [string, string][] = [
      ...MECHANISM_TABLES.map((table): [string, string] => [table, 'enlace_in_mechanism(mechanism_id)']),
      ...CHILD_TABLES.map(([table, parent, key]): [string, string] => [
        table,
        `exists (select 1 from ${parent} p where p.id = ${key})`,
      ]),
      ['survivor', SURVIVOR_POLICY],
      ['survivor_consent', CONSENT_POLICY],
      ['consent_override', OVERRIDE_POLICY],
    ];
    for (const [table, condition] of policies) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (
  enlace_current_agency() is null or ${condition}
);`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ALL_TABLES) {
      this.addSql(`drop policy if exists "${table}_tenant" on "${table}";`);
      this.addSql(`alter table "${table}" no force row level security;`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql(`drop function if exists enlace_in_mechanism(uuid);`);
  }
}
