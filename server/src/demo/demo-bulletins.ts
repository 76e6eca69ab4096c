import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  acknowledgeBulletin,
  BulletinKind,
  createBulletin,
  publishBulletin,
  recordSpecimenImage,
} from '../modules/bulletins';
import { LibraryHandlingCode } from '../modules/coordination';
import { Agency, CrossingPoint, Mechanism } from '../modules/identity';
import { Role } from '../platform/authz/roles';
import { fileStore } from '../platform/files/file-store';
import { uuidv7 } from '../platform/ids';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

const DAY = 24 * 60 * 60 * 1000;

/** A small grey specimen card (PNG), drawn here so the demo needs no binary file: a data page with a photo box. */
export function specimenPng(width = 240, height = 150): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1); // filter byte 0, then one grey byte per pixel
    for (let x = 0; x < width; x++) {
      const border = x < 3 || y < 3 || x >= width - 3 || y >= height - 3;
      const photo = x > 14 && x < 80 && y > 24 && y < 120;
      const lines = x > 95 && x < 220 && y > 30 && y < 120 && y % 14 < 3;
      const mrz = y > 128 && y < 142 && x > 10 && x < 230 && x % 6 < 4;
      row[x + 1] = border || mrz ? 40 : photo ? 150 : lines ? 90 : 225;
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Two bulletins of the Guatemala–Mexico mechanism (fictional): a false-document alert with a specimen image, drafted
 * by INM and published by IGM's secretariat, and a route bulletin on the Suchiate, acknowledged by FGR. Both pass
 * the person-data check against the identity records FGR registered (demo-identity-checks.ts).
 */
export async function seedDemoBulletins(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  const inm = await em.findOneOrFail(Agency, { acronym: 'INM' });
  const pnc = await em.findOneOrFail(Agency, { acronym: 'PNC' });
  const mechanism = await em.findOne(Mechanism, {
    $and: [{ memberAgencies: { $some: { id: inm.id } } }, { memberAgencies: { $some: { id: pnc.id } } }],
  });
  if (!mechanism) return;
  const point = await em.findOne(CrossingPoint, { mechanism: mechanism.id });
  const as = (role: Role, agency: string) => contextOf(em, demoEmail(role, agency), services, logger);
  const validUntil = new Date(Date.now() + 120 * DAY);

  const alert = await createBulletin(await as(Role.LIAISON_OFFICER, 'mx-inm'), mechanism.id, {
    kind: BulletinKind.FALSE_DOCUMENT,
    texts: [
      {
        language: 'es',
        title: 'Pasaportes guatemaltecos con página de datos relaminada',
        body:
          'Desde octubre se detectan en Ciudad Hidalgo pasaportes guatemaltecos de la serie anterior a 2020 con la página de ' +
          'datos relaminada: el laminado se levanta en la esquina inferior, la fotografía no muestra la imagen fantasma y la ' +
          'zona de lectura mecánica tiene un tipo de letra distinto. Retenga el documento y avise a la guardia del INM.',
      },
      {
        language: 'en',
        title: 'Guatemalan passports with a relaminated data page',
        body:
          'Since October, Guatemalan passports of the pre-2020 series with a relaminated data page have been detected at ' +
          'Ciudad Hidalgo: the laminate lifts at the lower corner, the photo lacks the ghost image and the machine-readable ' +
          "zone uses a different typeface. Retain the document and alert INM's duty desk.",
      },
    ],
    crossingPointId: point?.id ?? null,
    handlingCode: LibraryHandlingCode.H2,
    namedAgencyIds: [],
    validUntil,
  });
  const image = specimenPng();
  const imageId = uuidv7();
  const storageKey = `${alert.id}/${imageId}`;
  await fileStore(services.config.attachments).put(storageKey, image);
  await recordSpecimenImage(await as(Role.LIAISON_OFFICER, 'mx-inm'), {
    bulletinId: alert.id,
    imageId,
    fileName: 'especimen-pagina-de-datos.png',
    mediaType: 'image/png',
    sizeBytes: image.length,
    sha256: createHash('sha256').update(image).digest('hex'),
    storageKey,
  });
  await publishBulletin(await as(Role.SECRETARIAT, 'gt-igm'), alert.id);

  const route = await createBulletin(await as(Role.LIAISON_OFFICER, 'gt-pnc'), mechanism.id, {
    kind: BulletinKind.ROUTE_MODUS_OPERANDI,
    texts: [
      {
        language: 'es',
        title: 'Cruces nocturnos en balsa por el río Suchiate',
        body:
          'Las redes cruzan grupos de noche en balsas desde el sur de Tecún Umán y los trasladan en camiones refrigerados ' +
          'hacia Tapachula. Indicadores: grupos de cinco a ocho personas sin equipaje, pagos en efectivo al balsero, ' +
          'teléfonos nuevos sin contactos.',
      },
    ],
    crossingPointId: point?.id ?? null,
    handlingCode: LibraryHandlingCode.H2,
    namedAgencyIds: [],
    validUntil,
  });
  await publishBulletin(await as(Role.SECRETARIAT, 'gt-igm'), route.id);
  await acknowledgeBulletin(await as(Role.LIAISON_OFFICER, 'mx-fgr'), route.id);
  logger.info({ bulletins: 2 }, 'demo bulletins loaded');
}
