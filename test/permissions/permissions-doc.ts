import { ALL_ROLES, isAllowed, PERMISSION_MATRIX, RELATION_MEANING, RELATIONS } from './permission-matrix';

const SHORT: Record<string, string> = {
  OWN_AGENCY: 'own agency',
  ADDRESSEE: 'addressee',
  FELLOW_MECHANISM_MEMBER: 'fellow member',
  SAME_COUNTRY_OTHER_AGENCY: 'same country',
  FOREIGN_NON_MEMBER: 'foreign non-member',
  FORWARD_RECIPIENT: 'forward recipient',
  ASSIGNED_CASE: 'assigned case',
};

/** docs/permissions.md, rendered from the permission matrix; a test fails when the committed file differs. */
export function renderPermissionsDoc(): string {
  const lines = [
    '# Permissions',
    '',
    '<!-- Generated from test/permissions/permission-matrix.ts by `UPDATE_PERMISSIONS_DOC=1 pnpm test:only test/permissions`. Do not edit. -->',
    '',
    "Who may do what, by role and by how the record relates to the actor's agency. Every cell is checked",
    'through the real GraphQL API against a real database by `test/permissions/permission-matrix.int.test.ts`.',
    '✅ allowed · ❌ refused (a record that may not be read answers exactly like a missing one) · — does not apply.',
    '',
    '| relation | meaning |',
    '| --- | --- |',
    ...RELATIONS.map((relation) => `| ${SHORT[relation]} | ${RELATION_MEANING[relation]} |`),
    '',
  ];
  for (const entry of PERMISSION_MATRIX) {
    const title = entry.field
      ? `${entry.resource}: ${entry.action} field \`${entry.field}\``
      : `${entry.resource}: ${entry.action}`;
    lines.push(`## ${title}`, '');
    if (entry.note) lines.push(entry.note, '');
    lines.push(`| role | ${RELATIONS.map((relation) => SHORT[relation]).join(' | ')} |`);
    lines.push(`| --- | ${RELATIONS.map(() => '---').join(' | ')} |`);
    for (const role of ALL_ROLES) {
      const cells = RELATIONS.map((relation) =>
        !entry.relations.includes(relation) ? '—' : isAllowed(entry, role, relation) ? '✅' : '❌',
      );
      lines.push(`| ${role} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
