import type { Express } from 'express';
import { Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context';
import { fail, downloadRoute, uploadRoute, type StoredFile } from '../../platform/files/upload-routes';
import { conflict } from '../../platform/graphql/errors';
import { UUID } from '../../platform/ids';
import type { ModuleRuntime } from '../../platform/module';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { permittedFilter } from '../../platform/authz/accessible-query';
import { SurvivorConsent } from './consent.entity';
import { openFileForSurvivor, sealFileForSurvivor } from './survivor-sealing';
import { Survivor } from './survivor.entity';

/** What a signed consent form may be scanned as. */
export const CONSENT_SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const PURPOSE = 'survivor-consent.scan';
const EXTENSION: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export const consentScanPath = (consentId: string) => `/api/consent-scans/${consentId}`;

@ObjectType({ description: 'The scan of a signed consent form; download it from downloadPath' })
export class ConsentFormScan {
  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the scan, hex; checked again on every download' })
  sha256!: string;

  @Field(() => Date)
  uploadedAt!: Date;

  @Field(() => String, { description: 'Authenticated download route (GET): the assigned case worker or supervisor' })
  downloadPath!: string;
}

/** The scan may be read by who reads the consent and the survivor's personal data (it shows name and signature). */
const mayOpen = (context: RequestContext, survivor: Survivor) => context.ability.can('read', survivor, 'givenNames');

@Resolver(() => SurvivorConsent)
export class ConsentScanResolver {
  @FieldResolver(() => ConsentFormScan, {
    nullable: true,
    description: 'The scan of the signed form, when one was attached (POST /api/consents/:id/scan)',
  })
  signedFormScan(@Root() consent: SurvivorConsent): ConsentFormScan | null {
    if (!consent.scanStorageKey) return null;
    return {
      mediaType: consent.scanMediaType!,
      sizeBytes: consent.scanSizeBytes!,
      sha256: consent.scanSha256!,
      uploadedAt: consent.scanUploadedAt!,
      downloadPath: consentScanPath(consent.id),
    };
  }
}

async function readableConsent(context: RequestContext, consentId: string, em = context.em) {
  if (!UUID.test(consentId)) return null;
  const filter = permittedFilter(em, context.ability, 'read', SurvivorConsent, { id: consentId });
  return filter ? em.findOne(SurvivorConsent, filter) : null;
}

/**
 * The scan of a signed consent form, over the platform's upload routes (sniffed, size-limited, checksummed):
 * PDF, JPEG or PNG only; attached once, by who may record the survivor's consent; stored sealed with the
 * survivor's data key; each download audited. A consent the caller may not read answers 404.
 *
 * POST /api/consents/:id/scan     body: the scan; Content-Type; X-File-Name (not kept: the name is generic)
 * GET  /api/consent-scans/:id     the scan, decrypted, after its SHA-256 is checked again
 */
export function consentScanRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  uploadRoute(app, runtime, '/api/consents/:id/scan', {
    find: async (context, consentId) => {
      const consent = await readableConsent(context, consentId);
      if (!consent) return null;
      return { consent, survivor: await context.em.findOneOrFail(Survivor, { id: consent.survivor.id }) };
    },
    mayUpload: (context, { survivor }) => context.ability.can('consent', survivor),
    async save(context, { consent, survivor }, file, store, _req, res) {
      if (!CONSENT_SCAN_TYPES.includes(file.mediaType))
        return fail(res, 415, 'BAD_USER_INPUT', 'error.protection.consent.scanType');
      if (consent.scanStorageKey) throw conflict('error.protection.consent.scanExists', 'A scan is attached already');
      const storageKey = `${consent.id}/${file.fileId}`;
      await store.put(
        storageKey,
        sealFileForSurvivor(context.config.encryption, survivor, file.fileId, PURPOSE, file.content),
      );
      await inUnitOfWork(context, async (em) => {
        // Set only if still unset: two uploads at once leave one scan, the other a CONFLICT.
        const updated = await em.nativeUpdate(
          SurvivorConsent,
          { id: consent.id, scanStorageKey: null },
          {
            scanStorageKey: storageKey,
            scanMediaType: file.mediaType,
            scanSizeBytes: file.content.length,
            scanSha256: file.sha256,
            scanUploadedAt: new Date(),
          },
        );
        if (updated !== 1) throw conflict('error.protection.consent.scanExists', 'A scan is attached already');
        await context.audit.record(em, {
          action: 'survivor.consent.scan.upload',
          entityType: 'Survivor',
          entityId: survivor.id,
          ownerAgencyId: survivor.holdingAgency.id,
          details: { code: survivor.code, consentId: consent.id, mediaType: file.mediaType },
        });
      });
      return {
        mediaType: file.mediaType,
        sizeBytes: file.content.length,
        sha256: file.sha256,
        downloadPath: consentScanPath(consent.id),
      };
    },
  });
  downloadRoute(
    app,
    runtime,
    '/api/consent-scans/:id',
    async (context, consentId): Promise<(StoredFile & { survivor: Survivor }) | null> => {
      if (!context.actor) return null;
      return inUnitOfWork(context, async (em) => {
        const consent = await readableConsent(context, consentId, em);
        if (!consent?.scanStorageKey) return null;
        const survivor = await em.findOne(Survivor, { id: consent.survivor.id });
        if (!survivor || !mayOpen(context, survivor)) return null;
        await context.audit.record(em, {
          action: 'survivor.consent.scan.download',
          entityType: 'Survivor',
          entityId: survivor.id,
          ownerAgencyId: survivor.holdingAgency.id,
          details: { code: survivor.code, consentId: consent.id },
        });
        const fileId = consent.scanStorageKey.split('/')[1]!;
        return {
          id: fileId,
          fileName: `consent-${survivor.code}.${EXTENSION[consent.scanMediaType!] ?? 'bin'}`,
          mediaType: consent.scanMediaType!,
          sizeBytes: consent.scanSizeBytes!,
          sha256: consent.scanSha256!,
          storageKey: consent.scanStorageKey,
          survivor,
        };
      });
    },
    {
      decode: (context, file, stored) =>
        openFileForSurvivor(
          context.config.encryption,
          (file as StoredFile & { survivor: Survivor }).survivor,
          file.id,
          PURPOSE,
          stored,
        ),
    },
  );
}
