// Issue 11: row-level security on the coordination library, like the other mechanism tables
// (row-level-security-coordination-protection.int.test.ts). A query written without any permission condition,
// run as the runtime role in an agency's unit of work, finds a mechanism's library documents and their versions
// only for member agencies and the secretariat, and an H3 document only for the agencies it names (and the
// secretariat); outsiders can neither change a document nor add a version to it.
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm } from '../../server/src/app';
import { grantRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { inUnitOfWork } from '../../server/src/platform/orm/unit-of-work';
import { aBorderWorld, type BorderWorld, contextFor, type TestUser } from '../support/factories';
import { createRuntimeRole } from './runtime-role';

let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
let ownerOrm: MikroORM;
let runtimeOrm: MikroORM;
let world: BorderWorld;
const shared = randomUUID();
const restricted = randomUUID();

async function aDocument(em: EntityManager, id: string, code: 'H2' | 'H3', named: string[]): Promise<void> {
  await em.execute(
    `insert into library_document (id, mechanism_id, kind, title, language, summary, handling_code, named_agency_ids,
       current_version, created_by_id)
     values (?, ?, 'PROTOCOL', 'Protocolo de retorno', 'es', 'Resumen', ?, ?::uuid[], 1, ?)`,
    [id, world.mechanism.id, code, `{${named.join(',')}}`, world.users.secretariat.id],
  );
  await em.execute(
    `insert into library_document_version (id, document_id, number, file_name, media_type, size_bytes, sha256,
       storage_key, uploaded_by_id)
     values (?, ?, 1, 'protocolo.pdf', 'application/pdf', 4, 'x', ?, ?)`,
    [randomUUID(), id, `library/${id}/1`, world.users.secretariat.id],
  );
}

beforeAll(async () => {
  runtime = await createRuntimeRole();
  ownerOrm = await initOrm(runtime.migrationUrl);
  const owner = new Client({ connectionString: runtime.migrationUrl });
  await owner.connect();
  await grantRuntimeRole((sql) => owner.query(sql), runtime.role).finally(() => owner.end());
  runtimeOrm = await initOrm(runtime.url, { poolMax: 2 });
  world = await aBorderWorld(ownerOrm);
  const em = ownerOrm.em.fork();
  await aDocument(em, shared, 'H2', []);
  await aDocument(em, restricted, 'H3', [world.agencies.receiver.id]);
}, 60_000);
afterAll(async () => {
  await runtimeOrm?.close();
  await ownerOrm?.close();
  await runtime?.drop();
});

/** A unit of work of `who`'s agency on the runtime role's pool, exactly as a request runs one. */
const asAgencyOf = <T>(who: TestUser, work: (em: EntityManager) => Promise<T>) =>
  inUnitOfWork({ ...contextFor(runtimeOrm, who), em: runtimeOrm.em.fork() }, work);

const ids = async (em: EntityManager, sql: string) =>
  ((await em.execute(sql, [shared, restricted])) as { id: string }[]).map((row) => row.id).sort();

/** The documents and the documents of versions found, with no permission condition at all. */
const libraryOf = (who: TestUser) =>
  asAgencyOf(who, async (em) => ({
    documents: await ids(em, 'select id from library_document where id in (?, ?)'),
    versions: await ids(em, 'select document_id as id from library_document_version where document_id in (?, ?)'),
  }));

describe('row-level security on the coordination library', () => {
  it('members find the shared document; only the named agency and the secretariat the H3 one', async () => {
    const both = [shared, restricted].sort();
    for (const who of [world.users.receiverOfficer, world.users.secretariat])
      expect(await libraryOf(who)).toEqual({ documents: both, versions: both });
    expect(await libraryOf(world.users.senderOfficer)).toEqual({ documents: [shared], versions: [shared] });
  });

  it('an agency outside the mechanism finds nothing of its library with the same query', async () => {
    for (const outsider of [world.users.sameCountryOfficer, world.users.foreignOfficer])
      expect(await libraryOf(outsider)).toEqual({ documents: [], versions: [] });
  });

  it('an outsider can neither change a document nor add a version to it', async () => {
    const changed = await asAgencyOf(world.users.foreignOfficer, (em) =>
      em.execute(`update library_document set title = 'Cambiado' where id = ?`, [shared], 'run'),
    );
    expect((changed as unknown as { affectedRows: number }).affectedRows).toBe(0);
    const write = asAgencyOf(world.users.foreignOfficer, (em) =>
      em.execute(
        `insert into library_document_version (id, document_id, number, file_name, media_type, size_bytes, sha256,
           storage_key, uploaded_by_id) values (?, ?, 2, 'x.pdf', 'application/pdf', 1, 'x', 'k', ?)`,
        [randomUUID(), shared, world.users.foreignOfficer.id],
      ),
    );
    await expect(write).rejects.toMatchObject({ code: '42501' });
  });
});
