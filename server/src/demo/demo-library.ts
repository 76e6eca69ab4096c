import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createLibraryDocument,
  LibraryDocumentKind,
  LibraryHandlingCode,
  recordLibraryVersion,
} from '../modules/coordination';
import { Mechanism } from '../modules/identity';
import { fileStore } from '../platform/files/file-store';
import { uuidv7 } from '../platform/ids';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

interface DemoDocument {
  kind: LibraryDocumentKind;
  title: string;
  language: string;
  summary: string;
  handlingCode: LibraryHandlingCode;
  /** H3: demo agency keys, e.g. `py-mig`. */
  named?: string[];
  /** The text of the file uploaded as version 1 (fictional). */
  body: string;
}

/** Fictional library documents of the Guatemala–Mexico and the triple-border mechanisms, in Spanish and Portuguese. */
const DEMO_LIBRARY: { country: string; secretariat: string; documents: DemoDocument[] }[] = [
  {
    country: 'GT',
    secretariat: 'gt-igm',
    documents: [
      {
        kind: LibraryDocumentKind.PROTOCOL,
        title: 'Protocolo binacional de atención a niñas, niños y adolescentes no acompañados',
        language: 'es',
        summary:
          'Pasos para la identificación, la entrevista inicial y la derivación de menores no acompañados detectados en los pasos fronterizos entre Guatemala y México.',
        handlingCode: LibraryHandlingCode.H2,
        body: 'Protocolo binacional (ficticio). 1. Identificación. 2. Entrevista inicial. 3. Derivación.',
      },
      {
        kind: LibraryDocumentKind.STANDARD_OPERATING_PROCEDURE,
        title: 'Procedimiento operativo de intercambio de alertas en Tecún Umán',
        language: 'es',
        summary:
          'Quién envía, quién recibe y en qué plazo se confirman las alertas entre los puestos de Tecún Umán y Ciudad Hidalgo.',
        handlingCode: LibraryHandlingCode.H1,
        body: 'Procedimiento operativo (ficticio): alertas confirmadas en 30 minutos por radio y correo.',
      },
    ],
  },
  {
    country: 'PY',
    secretariat: 'br-pf',
    documents: [
      {
        kind: LibraryDocumentKind.AGREEMENT,
        title: 'Acordo operacional de cooperação na Tríplice Fronteira',
        language: 'pt',
        summary:
          'Estabelece os canais de comunicação e os procedimentos de encaminhamento de vítimas de tráfico de pessoas entre as agências do Brasil, da Argentina e do Paraguai.',
        handlingCode: LibraryHandlingCode.H2,
        body: 'Acordo operacional (fictício): canais de comunicação e encaminhamento de vítimas.',
      },
      {
        kind: LibraryDocumentKind.TRAINING_MATERIAL,
        title: 'Material de capacitação: identificação de vítimas de tráfico',
        language: 'pt',
        summary: 'Indicadores de tráfico de pessoas e exercícios práticos para agentes de fronteira.',
        handlingCode: LibraryHandlingCode.H2,
        body: 'Material de capacitação (fictício): indicadores e exercícios.',
      },
      {
        kind: LibraryDocumentKind.DIAGNOSTIC_STUDY,
        title: 'Diagnóstico de flujos migratorios en el Puente de la Amistad',
        language: 'es',
        summary:
          'Estudio de los flujos de personas y de los tiempos de espera en el paso Ciudad del Este – Foz do Iguaçu.',
        handlingCode: LibraryHandlingCode.H3,
        named: ['py-mig'],
        body: 'Diagnóstico (ficticio): flujos y tiempos de espera por franja horaria.',
      },
    ],
  },
];

export async function seedDemoLibrary(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  const store = fileStore(services.config.attachments);
  let documents = 0;
  for (const library of DEMO_LIBRARY) {
    const mechanism = await em.findOneOrFail(Mechanism, { countries: library.country });
    const secretariat = () => contextOf(em, demoEmail(Role.SECRETARIAT, library.secretariat), services, logger);
    for (const planned of library.documents) {
      const named = [];
      for (const key of planned.named ?? []) named.push(await agencyIdOf(em, key));
      const document = await createLibraryDocument(await secretariat(), mechanism.id, {
        kind: planned.kind,
        title: planned.title,
        language: planned.language,
        summary: planned.summary,
        handlingCode: planned.handlingCode,
        namedAgencyIds: named,
      });
      const content = Buffer.from(`${planned.body}\n`, 'utf8');
      const versionId = uuidv7();
      const storageKey = `${document.id}/${versionId}`;
      await store.put(storageKey, content);
      await recordLibraryVersion(await secretariat(), {
        documentId: document.id,
        versionId,
        fileName: `${planned.title.slice(0, 60)}.txt`,
        mediaType: 'text/plain',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        storageKey,
        note: null,
      });
      documents += 1;
    }
  }
  logger.info({ documents }, 'demo library loaded');
}

async function agencyIdOf(em: EntityManager, key: string): Promise<string> {
  const rows: { agency_id: string }[] = await em.execute('select agency_id from app_user where email = ?', [
    demoEmail(Role.LIAISON_OFFICER, key),
  ]);
  return rows[0]!.agency_id;
}
