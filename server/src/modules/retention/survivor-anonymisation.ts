import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import { newDataKey, openJson, sealJson, unwrapDataKey } from '../../platform/crypto/envelope';
import type { Keyring } from '../../platform/crypto/keyring';
import { SURVIVOR_PERSONAL_FIELDS } from '../protection';

// The purposes the protection module seals with (survivor-sealing.ts, consent.service.ts): the additional
// data of each sealed value, which a re-sealed value must carry to open there.
const PERSONAL_DATA = 'survivor.personal_data';
const CONSENT_NAMES = 'consent.names';
const OVERRIDE_REASON = 'override.reason';

/** What statistics may still count of an anonymised survivor; everything else in the document is emptied. */
interface Exploitation {
  kind?: string;
  countryCode?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  [other: string]: unknown;
}
interface PersonalDocument {
  dateOfBirth?: string | null;
  estimatedAge?: number | null;
  sex?: string | null;
  nationality?: string | null;
  exploitations?: Exploitation[];
  [other: string]: unknown;
}

/** A survivor record's term: its holding agency's own (agency_retention_term), else the platform's (`?`). */
export const SURVIVOR_TERM_DAYS = `coalesce((select art.days from agency_retention_term art
  where art.agency_id = s.holding_agency_id and art.kind = 'closedSurvivors'), ?)`;

/** Closed survivor records past their term: `?` the platform's term, then the days to look ahead (0: now). */
export const CLOSED_SURVIVORS_PAST_TERM = `
from survivor s
where s.status = 'CLOSED'
  and s.updated_at < now() - make_interval(days => ${SURVIVOR_TERM_DAYS}) + make_interval(days => ?)
  and not exists (select 1 from anonymised_record a where a.kind = 'survivor' and a.record_id = s.id)`;

interface SurvivorRow {
  id: string;
  holding_agency_id: string;
  /** As the driver hands raw rows over: a Date or its text. */
  registered_at: Date | string;
  personal_data: Buffer;
  data_key: Buffer;
  key_id: string;
}

/**
 * Anonymises up to `limit` closed survivor records past their term, one transaction each. The document is
 * re-sealed under a new data key with only the age (from the date of birth at registration, if that was all),
 * sex, nationality and what kind of exploitation happened where and when the exploitation happened; witness and guardian names and override
 * reasons are re-sealed empty under the same new key. The old data key is overwritten: copies of the old
 * ciphertext (backups) then open only with a backup of the row itself.
 */
export async function anonymiseClosedSurvivors(
  em: EntityManager,
  days: number,
  keyring: Keyring,
  audit: AuditTrail,
  limit: number,
): Promise<number> {
  const due: { id: string; term_days: number }[] = await em.execute(
    `select s.id, ${SURVIVOR_TERM_DAYS} as term_days ${CLOSED_SURVIVORS_PAST_TERM} order by s.id limit ?`,
    [days, days, 0, limit],
  );
  for (const { id, term_days } of due) {
    await em.transactional(async (tx) => {
      const [row]: SurvivorRow[] = await tx.execute(
        `select id, holding_agency_id, registered_at, personal_data, data_key, key_id from survivor where id = ? for update`,
        [id],
      );
      const oldKey = unwrapDataKey(keyring, { wrapped: row!.data_key, keyId: row!.key_id }, id);
      const kept = statisticsOf(openJson<PersonalDocument>(oldKey, id, PERSONAL_DATA, row!.personal_data), row!);
      const key = newDataKey(keyring, id);
      await tx.execute(
        `update survivor set personal_data = ?, data_key = ?, key_id = ?, document_index = '{}' where id = ?`,
        [sealJson(key, id, PERSONAL_DATA, kept), key.wrapped, key.keyId, id],
      );
      const consents: { id: string }[] = await tx.execute('select id from survivor_consent where survivor_id = ?', [
        id,
      ]);
      for (const consent of consents)
        await tx.execute('update survivor_consent set sealed_names = ?, signed_form_reference = null where id = ?', [
          sealJson(key, consent.id, CONSENT_NAMES, { witnessName: null, guardianName: null }),
          consent.id,
        ]);
      const overrides: { id: string }[] = await tx.execute('select id from consent_override where survivor_id = ?', [
        id,
      ]);
      for (const override of overrides)
        await tx.execute('update consent_override set sealed_reason = ? where id = ?', [
          sealJson(key, override.id, OVERRIDE_REASON, ''),
          override.id,
        ]);
      await tx.execute(`insert into anonymised_record (kind, record_id) values ('survivor', ?)`, [id]);
      await audit.record(tx, {
        action: 'retention.anonymise',
        entityType: 'Survivor',
        entityId: id,
        ownerAgencyId: row!.holding_agency_id,
        fields: [...SURVIVOR_PERSONAL_FIELDS, 'consents.witnessName', 'consents.guardianName', 'overrides.reason'],
        details: {
          kind: 'closedSurvivors',
          termDays: term_days,
          consents: consents.length,
          overrides: overrides.length,
        },
      });
    });
  }
  return due.length;
}

function statisticsOf(data: PersonalDocument, row: SurvivorRow) {
  return {
    givenNames: null,
    familyNames: null,
    aliases: [],
    dateOfBirth: null,
    estimatedAge: data.estimatedAge ?? ageAt(data.dateOfBirth, new Date(row.registered_at)),
    sex: data.sex ?? null,
    genderIdentity: null,
    nationality: data.nationality ?? null,
    languages: [],
    identityDocuments: [],
    phones: [],
    email: null,
    currentLocation: null,
    exploitations: (data.exploitations ?? []).map((exploitation) => ({
      kind: exploitation.kind,
      countryCode: exploitation.countryCode ?? null,
      startedOn: exploitation.startedOn ?? null,
      endedOn: exploitation.endedOn ?? null,
    })),
  };
}

function ageAt(dateOfBirth: string | null | undefined, on: Date): number | null {
  if (!dateOfBirth) return null;
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  if (Number.isNaN(born.getTime())) return null;
  let age = on.getUTCFullYear() - born.getUTCFullYear();
  const birthday = Date.UTC(on.getUTCFullYear(), born.getUTCMonth(), born.getUTCDate());
  if (on.getTime() < birthday) age -= 1;
  return age >= 0 ? age : null;
}
