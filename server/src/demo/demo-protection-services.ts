import type { EntityManager } from '@mikro-orm/postgresql';
import {
  recordConsent,
  recordScreening,
  saveDirectoryService,
  referToService,
  ScreeningIndicator,
  ServiceReferralStep,
  stepServiceReferral,
  type Survivor,
  postServiceReferralMessage,
  uploadServiceReferralFile,
} from '../modules/protection';
import { fileStore } from '../platform/files/file-store';
import { sha256Of } from '../platform/files/file-content';
import { uuidv7 } from '../platform/ids';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';
import { seedDemoProtectionReferrals } from './demo-protection-referrals';

type DirectoryInput = Parameters<typeof saveDirectoryService>[1];

/** Services of the national mechanisms' members (and one across the Guatemala–Mexico border), fictional details. */
const DEMO_DIRECTORY: { agency: string; input: Record<string, unknown> }[] = [
  {
    agency: 'cr-rahab',
    input: {
      name: 'Albergue Fundación Rahab',
      description: 'Albergue temporal y acompañamiento para mujeres sobrevivientes de trata.',
      types: ['SAFE_SHELTER', 'PSYCHOSOCIAL_SUPPORT'],
      eligibility: 'Mujeres de 18 años o más, cualquier nacionalidad',
      minimumAge: 18,
      languages: ['es', 'en'],
      hours: '24 horas',
      areaServed: 'San José, Guanacaste',
      address: 'San José, Costa Rica',
      capacity: 20,
      availability: 'LIMITED',
    },
  },
  {
    agency: 'cr-pani',
    input: {
      name: 'Atención integral PANI a personas menores de edad',
      description: 'Representación legal, documentación y búsqueda de familia para niñas, niños y adolescentes.',
      types: ['LEGAL_AID', 'DOCUMENTATION', 'FAMILY_TRACING', 'PSYCHOSOCIAL_SUPPORT'],
      eligibility: 'Personas menores de 18 años, cualquier nacionalidad',
      maximumAge: 17,
      languages: ['es', 'en'],
      hours: 'Lunes a viernes, 7:30–16:00; línea 1147 las 24 horas',
      areaServed: 'Todo el país',
      availability: 'AVAILABLE',
    },
  },
  {
    agency: 'cr-ccss',
    input: {
      name: 'Atención a víctimas, Hospital de Liberia',
      types: ['MEDICAL_CARE'],
      languages: ['es'],
      hours: 'Lunes a viernes, 7:00–16:00; emergencias 24 horas',
      areaServed: 'Guanacaste',
      address: 'Liberia, Guanacaste',
    },
  },
  {
    agency: 'gt-alianza',
    input: {
      name: 'Hogar Seguro La Alianza',
      types: ['SAFE_SHELTER', 'PSYCHOSOCIAL_SUPPORT', 'EDUCATION'],
      eligibility: 'Niñas y adolescentes de 12 a 17 años',
      minimumAge: 12,
      maximumAge: 17,
      languages: ['es', 'quc'],
      hours: '24 horas',
      areaServed: 'Guatemala',
      capacity: 30,
      availability: 'AVAILABLE',
    },
  },
  {
    agency: 'co-renacer',
    input: {
      name: 'Atención psicosocial Renacer',
      types: ['PSYCHOSOCIAL_SUPPORT', 'EDUCATION'],
      eligibility: 'Niñas, niños y adolescentes',
      maximumAge: 17,
      languages: ['es'],
      areaServed: 'Norte de Santander',
      availability: 'AVAILABLE',
    },
  },
  {
    agency: 'mx-dif',
    input: {
      name: 'Albergue temporal DIF Tapachula',
      types: ['SAFE_SHELTER', 'FAMILY_TRACING'],
      eligibility: 'Niñas, niños y adolescentes migrantes no acompañados',
      maximumAge: 17,
      languages: ['es', 'mam'],
      areaServed: 'Soconusco, Chiapas',
      availability: 'FULL',
    },
  },
];

interface DemoReferral {
  from: string;
  survivor: number;
  to: string;
  service: string;
  fields: string[];
  categories: string[];
  steps: ServiceReferralStep[];
}

/** Referrals of the demo survivors (index into the list registered), with their consent and how far they got. */
const DEMO_REFERRALS: DemoReferral[] = [
  {
    from: 'cr-pani',
    survivor: 0,
    to: 'cr-rahab',
    service: 'SAFE_SHELTER',
    fields: ['givenNames', 'estimatedAge', 'languages', 'vulnerabilities'],
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES', 'VULNERABILITIES'],
    steps: [ServiceReferralStep.ACCEPT],
  },
  {
    from: 'cr-pani',
    survivor: 1,
    to: 'cr-ccss',
    service: 'MEDICAL_CARE',
    fields: ['givenNames', 'familyNames', 'dateOfBirth', 'sex', 'languages'],
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES'],
    steps: [],
  },
  {
    from: 'gt-svet',
    survivor: 4,
    to: 'gt-alianza',
    service: 'SAFE_SHELTER',
    fields: ['givenNames', 'estimatedAge', 'languages', 'vulnerabilities'],
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES', 'VULNERABILITIES'],
    steps: [ServiceReferralStep.ACCEPT, ServiceReferralStep.DELIVER],
  },
  {
    from: 'gt-svet',
    survivor: 4,
    to: 'mx-dif',
    service: 'FAMILY_TRACING',
    fields: ['givenNames', 'familyNames', 'languages'],
    categories: ['IDENTITY', 'LANGUAGES'],
    steps: [],
  },
  {
    from: 'co-icbf',
    survivor: 5,
    to: 'co-renacer',
    service: 'PSYCHOSOCIAL_SUPPORT',
    fields: ['givenNames', 'estimatedAge', 'languages'],
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES'],
    steps: [],
  },
  {
    // Into PANI's box: a PANI case worker sees referrals in both directions.
    from: 'cr-rahab',
    survivor: 6,
    to: 'cr-pani',
    service: 'FAMILY_TRACING',
    fields: ['givenNames', 'familyNames', 'estimatedAge', 'nationality', 'languages', 'vulnerabilities'],
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES', 'VULNERABILITIES'],
    steps: [],
  },
];

const CHILD = ['CHILD', 'UNACCOMPANIED_OR_SEPARATED_CHILD'];
const YES_HIGH = [ScreeningIndicator.DECEIVED_ABOUT_WORK, ScreeningIndicator.FORCED_SEX_WORK];

/** A small PDF: the shelter's intake note, as a provider would attach it. */
const INTAKE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% Ficha de ingreso al albergue (demo)\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Two messages and a file on the first referral: the case worker asks, the shelter answers with its intake note. */
async function seedDemoConversation(
  worker: Awaited<ReturnType<typeof contextOf>>,
  provider: Awaited<ReturnType<typeof contextOf>>,
  referralId: string,
) {
  await postServiceReferralMessage(worker, {
    referralId,
    body: '¿Pueden recibirla hoy antes de las 18:00? Llega con una acompañante de PANI.',
  });
  const store = fileStore(provider.config.attachments);
  const file = await uploadServiceReferralFile(
    provider,
    {
      referralId,
      fileId: uuidv7(),
      fileName: 'ficha-de-ingreso.pdf',
      mediaType: 'application/pdf',
      content: INTAKE_PDF,
      sha256: sha256Of(INTAKE_PDF),
    },
    (key, bytes) => store.put(key, bytes),
  );
  await postServiceReferralMessage(provider, {
    referralId,
    body: 'Sí, la esperamos a las 17:00. Adjuntamos la ficha de ingreso.',
    attachmentIds: [file.id],
  });
}

/** The directory, a screening, consents and referrals to services, all through the module's own services. */
export async function seedDemoProtectionServices(
  em: EntityManager,
  services: DemoServices,
  logger: Logger,
  survivors: Survivor[],
): Promise<void> {
  const agencyId = async (key: string) =>
    (await contextOf(em, demoEmail(Role.AGENCY_ADMIN, key), services, logger)).actor!.agencyId;
  const listed = new Map<string, string>();
  for (const entry of DEMO_DIRECTORY) {
    const admin = await contextOf(em, demoEmail(Role.AGENCY_ADMIN, entry.agency), services, logger);
    listed.set(entry.agency, (await saveDirectoryService(admin, entry.input as unknown as DirectoryInput)).id);
  }
  const [text] = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from consent_text where language = 'es' order by version desc limit 1`);
  const today = new Date().toISOString().slice(0, 10);
  const until = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);
  for (const demo of DEMO_REFERRALS) {
    const worker = await contextOf(em, demoEmail(Role.CASE_WORKER, demo.from), services, logger);
    const survivor = survivors[demo.survivor]!;
    const child = survivor.vulnerabilities.some((value) => CHILD.includes(value));
    const recipientAgencyId = await agencyId(demo.to);
    await recordConsent(worker, {
      survivorId: survivor.id,
      categories: demo.categories,
      recipientAgencyId,
      purposes: [demo.service],
      validFrom: today,
      validUntil: until,
      method: 'SIGNED_FORM',
      signedFormReference: `${survivor.code}-C${demo.survivor}`,
      givenBy: child ? 'CHILD_AND_GUARDIAN' : 'PERSON',
      childAssent: child,
      guardianName: child ? 'Tutora designada por el juzgado' : null,
      consentTextId: text!.id,
    } as never);
    const referral = await referToService(worker, {
      survivorId: survivor.id,
      recipientAgencyId,
      directoryServiceId: listed.get(demo.to) ?? null,
      service: demo.service,
      urgency: 'URGENT',
      sharedFields: demo.fields,
      note: 'Necesita atención pronto; habla de su situación solo con personal femenino.',
    } as never);
    const provider = await contextOf(em, demoEmail(Role.CASE_WORKER, demo.to), services, logger);
    for (const step of demo.steps)
      await stepServiceReferral(
        provider,
        referral.id,
        step,
        step === ServiceReferralStep.DELIVER ? 'Alojada y atendida' : null,
      );
    if (demo === DEMO_REFERRALS[0]) await seedDemoConversation(worker, provider, referral.id);
  }
  const screener = await contextOf(em, demoEmail(Role.CASE_WORKER, 'cr-pani'), services, logger);
  await recordScreening(screener, survivors[0]!.id, {
    answers: Object.values(ScreeningIndicator).map((indicator) => ({
      indicator,
      answer: YES_HIGH.includes(indicator) ? 'YES' : 'UNKNOWN',
    })) as never,
    conclusion: 'POSSIBLE_VICTIM_REFER' as never,
    conclusionNotes: 'Captada con una oferta de trabajo falsa y explotada sexualmente: remitir a protección.',
    place: 'Peñas Blancas',
  });
  await seedDemoProtectionReferrals(em, services, logger);
  logger.info({ directory: DEMO_DIRECTORY.length, referrals: DEMO_REFERRALS.length }, 'demo services loaded');
}
