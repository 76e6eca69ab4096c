import type { AuditEventRowFragment } from '../../gql/graphql';
import { foldRepeatedReads } from './audit-folding';

const read = (seq: number, minute: number, overrides: Partial<AuditEventRowFragment> = {}): AuditEventRowFragment => ({
  id: `e${seq}`,
  seq: String(seq),
  occurredAt: new Date(Date.UTC(2026, 2, 3, 15, minute)).toISOString(),
  actorKind: 'USER',
  actorId: 'ana',
  actorAgencyId: 'inm',
  actorCountryCode: 'MX',
  action: 'personal-data.read',
  entityType: 'ReferralPerson',
  entityId: 'p1',
  fields: ['givenNames'],
  requestId: null,
  restrictedFields: [],
  actorName: 'Ana',
  recordLabel: 'GT-MX-2026-000042',
  recordPath: '/referrals/r1',
  ...overrides,
});

describe('folding repeated reads of the audit trail', () => {
  it('folds reads of one record by one person in one sitting into a line with a count and every field read', () => {
    const lines = foldRepeatedReads([
      read(5, 20, { fields: ['phones'] }),
      read(4, 19),
      read(3, 18, { fields: ['familyNames'] }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ count: 3, event: { seq: '5' }, oldest: { seq: '3' } });
    expect(lines[0]?.fields).toEqual(['familyNames', 'givenNames', 'phones']);
  });

  it('keeps apart other people, other records, other actions and reads more than half an hour apart', () => {
    const lines = foldRepeatedReads([
      read(6, 59),
      read(5, 20),
      read(4, 19, { actorId: 'luis' }),
      read(3, 18, { entityId: 'p2' }),
      read(2, 17, { action: 'referral.send' }),
      read(1, 16, { action: 'referral.send' }),
    ]);
    expect(lines.map((line) => line.count)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
