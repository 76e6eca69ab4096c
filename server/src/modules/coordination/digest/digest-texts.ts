/** The weekly digest's words in the four languages of the portal; the recipient's language picks one. */
export interface DigestLine {
  title: string;
  dueAt: Date;
  overdue: boolean;
  mechanism: string;
  link: string;
}

const TEXTS = {
  es: {
    subject: (agency: string, overdue: number) =>
      `Enlace: acciones de ${agency}${overdue > 0 ? ` (${overdue} vencidas)` : ''}`,
    intro: (agency: string) => `Acciones que ${agency} debe a sus mecanismos de coordinación:`,
    overdue: 'Vencidas',
    soon: 'Vencen en los próximos 14 días',
    due: 'vence',
    closing: 'Informe el avance en la página de cada acción.',
  },
  en: {
    subject: (agency: string, overdue: number) =>
      `Enlace: ${agency}'s actions${overdue > 0 ? ` (${overdue} overdue)` : ''}`,
    intro: (agency: string) => `Actions ${agency} owes to its coordination mechanisms:`,
    overdue: 'Overdue',
    soon: 'Due in the next 14 days',
    due: 'due',
    closing: "Report progress on each action's page.",
  },
  pt: {
    subject: (agency: string, overdue: number) =>
      `Enlace: ações de ${agency}${overdue > 0 ? ` (${overdue} atrasadas)` : ''}`,
    intro: (agency: string) => `Ações que ${agency} deve aos seus mecanismos de coordenação:`,
    overdue: 'Atrasadas',
    soon: 'Vencem nos próximos 14 dias',
    due: 'prazo',
    closing: 'Informe o andamento na página de cada ação.',
  },
  fr: {
    subject: (agency: string, overdue: number) =>
      `Enlace : actions de ${agency}${overdue > 0 ? ` (${overdue} en retard)` : ''}`,
    intro: (agency: string) => `Actions que ${agency} doit à ses mécanismes de coordination :`,
    overdue: 'En retard',
    soon: 'À échéance dans les 14 prochains jours',
    due: 'échéance',
    closing: 'Signalez l’avancement sur la page de chaque action.',
  },
} as const;

/** `dueAt` is the first instant after the due date; readers expect the last minute of the date itself. */
const lastMinuteOf = (dueAt: Date) => new Date(dueAt.getTime() - 60_000);

const LOCALES = { es: 'es', en: 'en-GB', pt: 'pt-BR', fr: 'fr' } as const;
type Language = keyof typeof TEXTS;

/** The digest for one recipient: due times in their time zone, words in their language (Spanish by default). */
export function digestText(
  locale: string,
  timeZone: string,
  agency: string,
  lines: readonly DigestLine[],
): { subject: string; text: string } {
  const language: Language = (Object.keys(TEXTS) as Language[]).find((l) => locale.startsWith(l)) ?? 'es';
  const words = TEXTS[language];
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const line = (l: DigestLine) =>
    `- ${l.title} (${l.mechanism}) — ${words.due} ${format.format(lastMinuteOf(l.dueAt))}\n  ${l.link}`;
  const overdue = lines.filter((l) => l.overdue);
  const soon = lines.filter((l) => !l.overdue);
  const parts = [words.intro(agency), ''];
  if (overdue.length > 0) parts.push(`${words.overdue}:`, ...overdue.map(line), '');
  if (soon.length > 0) parts.push(`${words.soon}:`, ...soon.map(line), '');
  parts.push(words.closing);
  return { subject: words.subject(agency, overdue.length), text: parts.join('\n') };
}
