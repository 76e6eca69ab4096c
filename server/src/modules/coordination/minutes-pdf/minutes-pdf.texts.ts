/** The languages a meeting may be held in, and so the languages its minutes PDF is written in. */
export type PdfLanguage = 'es' | 'en' | 'pt' | 'fr';

export interface MinutesPdfTexts {
  minutes: string;
  mechanism: string;
  meeting: string;
  kind: Record<string, string>;
  when: string;
  place: string;
  video: string;
  status: Record<string, string>;
  revision: string;
  approvedOn: string;
  notApproved: string;
  attendance: string;
  agency: string;
  person: string;
  attendanceStatus: Record<string, string>;
  agenda: string;
  presenter: string;
  noMinutes: string;
  decisions: string;
  noDecisions: string;
  decisionStatus: Record<string, string>;
  actions: string;
  noActions: string;
  owner: string;
  due: string;
  priority: Record<string, string>;
  actionStatus: Record<string, string>;
  page: (page: number, pages: number) => string;
}

/**
 * The PDF's fixed words per language. They live with the server (the PDF is made here), kept short and in the
 * same terms as the web catalogues' coordination namespace.
 */
export const MINUTES_PDF_TEXTS: Record<PdfLanguage, MinutesPdfTexts> = {
  es: {
    minutes: 'Acta',
    mechanism: 'Mecanismo',
    meeting: 'Reunión',
    kind: {
      ORDINARY: 'Ordinaria',
      EXTRAORDINARY: 'Extraordinaria',
      TECHNICAL_WORKING_GROUP: 'Grupo técnico de trabajo',
      JOINT_OPERATION_DEBRIEF: 'Balance de operativo conjunto',
    },
    when: 'Fecha',
    place: 'Lugar',
    video: 'Por video',
    status: { DRAFT: 'Borrador', CIRCULATED: 'En circulación', APPROVED: 'Aprobada' },
    revision: 'Revisión',
    approvedOn: 'aprobada el',
    notApproved: 'sin aprobar',
    attendance: 'Asistencia',
    agency: 'Institución',
    person: 'Persona',
    attendanceStatus: { PRESENT: 'Presente', BY_VIDEO: 'Por video', EXCUSED: 'Excusado/a', ABSENT: 'Ausente' },
    agenda: 'Acta por punto de agenda',
    presenter: 'Presenta',
    noMinutes: 'Sin acta para este punto.',
    decisions: 'Decisiones',
    noDecisions: 'Ninguna decisión registrada.',
    decisionStatus: { IN_FORCE: 'Vigente', SUPERSEDED: 'Sustituida', REVOKED: 'Revocada' },
    actions: 'Acciones',
    noActions: 'Ninguna acción registrada.',
    owner: 'Responsable',
    due: 'Fecha límite',
    priority: { LOW: 'Baja', MEDIUM: 'Media', HIGH: 'Alta' },
    actionStatus: { OPEN: 'Abierta', IN_PROGRESS: 'En curso', DONE: 'Cumplida', CANCELLED: 'Cancelada' },
    page: (page, pages) => `Página ${page} de ${pages}`,
  },
  en: {
    minutes: 'Minutes',
    mechanism: 'Mechanism',
    meeting: 'Meeting',
    kind: {
      ORDINARY: 'Ordinary',
      EXTRAORDINARY: 'Extraordinary',
      TECHNICAL_WORKING_GROUP: 'Technical working group',
      JOINT_OPERATION_DEBRIEF: 'Joint operation debrief',
    },
    when: 'Date',
    place: 'Place',
    video: 'By video',
    status: { DRAFT: 'Draft', CIRCULATED: 'Circulated', APPROVED: 'Approved' },
    revision: 'Revision',
    approvedOn: 'approved on',
    notApproved: 'not approved',
    attendance: 'Attendance',
    agency: 'Agency',
    person: 'Person',
    attendanceStatus: { PRESENT: 'Present', BY_VIDEO: 'By video', EXCUSED: 'Excused', ABSENT: 'Absent' },
    agenda: 'Minutes per agenda item',
    presenter: 'Presented by',
    noMinutes: 'No minutes for this item.',
    decisions: 'Decisions',
    noDecisions: 'No decisions recorded.',
    decisionStatus: { IN_FORCE: 'In force', SUPERSEDED: 'Superseded', REVOKED: 'Revoked' },
    actions: 'Action items',
    noActions: 'No action items recorded.',
    owner: 'Owner',
    due: 'Due',
    priority: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
    actionStatus: { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done', CANCELLED: 'Cancelled' },
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  pt: {
    minutes: 'Ata',
    mechanism: 'Mecanismo',
    meeting: 'Reunião',
    kind: {
      ORDINARY: 'Ordinária',
      EXTRAORDINARY: 'Extraordinária',
      TECHNICAL_WORKING_GROUP: 'Grupo técnico de trabalho',
      JOINT_OPERATION_DEBRIEF: 'Balanço de operação conjunta',
    },
    when: 'Data',
    place: 'Local',
    video: 'Por vídeo',
    status: { DRAFT: 'Rascunho', CIRCULATED: 'Em circulação', APPROVED: 'Aprovada' },
    revision: 'Revisão',
    approvedOn: 'aprovada em',
    notApproved: 'não aprovada',
    attendance: 'Presenças',
    agency: 'Instituição',
    person: 'Pessoa',
    attendanceStatus: { PRESENT: 'Presente', BY_VIDEO: 'Por vídeo', EXCUSED: 'Justificado/a', ABSENT: 'Ausente' },
    agenda: 'Ata por ponto da pauta',
    presenter: 'Apresenta',
    noMinutes: 'Sem ata para este ponto.',
    decisions: 'Decisões',
    noDecisions: 'Nenhuma decisão registrada.',
    decisionStatus: { IN_FORCE: 'Em vigor', SUPERSEDED: 'Substituída', REVOKED: 'Revogada' },
    actions: 'Ações',
    noActions: 'Nenhuma ação registrada.',
    owner: 'Responsável',
    due: 'Prazo',
    priority: { LOW: 'Baixa', MEDIUM: 'Média', HIGH: 'Alta' },
    actionStatus: { OPEN: 'Aberta', IN_PROGRESS: 'Em andamento', DONE: 'Concluída', CANCELLED: 'Cancelada' },
    page: (page, pages) => `Página ${page} de ${pages}`,
  },
  fr: {
    minutes: 'Procès-verbal',
    mechanism: 'Mécanisme',
    meeting: 'Réunion',
    kind: {
      ORDINARY: 'Ordinaire',
      EXTRAORDINARY: 'Extraordinaire',
      TECHNICAL_WORKING_GROUP: 'Groupe de travail technique',
      JOINT_OPERATION_DEBRIEF: "Bilan d'opération conjointe",
    },
    when: 'Date',
    place: 'Lieu',
    video: 'Par vidéo',
    status: { DRAFT: 'Brouillon', CIRCULATED: 'En circulation', APPROVED: 'Approuvé' },
    revision: 'Révision',
    approvedOn: 'approuvée le',
    notApproved: 'non approuvée',
    attendance: 'Présences',
    agency: 'Institution',
    person: 'Personne',
    attendanceStatus: { PRESENT: 'Présent·e', BY_VIDEO: 'Par vidéo', EXCUSED: 'Excusé·e', ABSENT: 'Absent·e' },
    agenda: "Procès-verbal par point de l'ordre du jour",
    presenter: 'Présenté par',
    noMinutes: 'Pas de procès-verbal pour ce point.',
    decisions: 'Décisions',
    noDecisions: 'Aucune décision enregistrée.',
    decisionStatus: { IN_FORCE: 'En vigueur', SUPERSEDED: 'Remplacée', REVOKED: 'Révoquée' },
    actions: 'Actions',
    noActions: 'Aucune action enregistrée.',
    owner: 'Responsable',
    due: 'Échéance',
    priority: { LOW: 'Basse', MEDIUM: 'Moyenne', HIGH: 'Haute' },
    actionStatus: { OPEN: 'Ouverte', IN_PROGRESS: 'En cours', DONE: 'Réalisée', CANCELLED: 'Annulée' },
    page: (page, pages) => `Page ${page} sur ${pages}`,
  },
};

export const pdfLanguageOf = (value: string | undefined): PdfLanguage | null =>
  value === 'es' || value === 'en' || value === 'pt' || value === 'fr' ? value : null;
