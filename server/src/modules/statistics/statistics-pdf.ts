import type { Content, DocumentDefinition } from 'pdfmake';
import type { RequestContext } from '../../platform/context';
import { renderPdf } from '../../platform/documents/pdf-renderer';
import { type Row, type StatisticsExportKind, type StatisticsExportQuery, statisticsRows } from './statistics-export';
import { statisticsMechanisms } from './statistics-mechanisms';
import { barChartSvg } from './statistics-chart-svg';

export type StatisticsPdfLanguage = 'es' | 'en' | 'pt' | 'fr';
const LANGUAGES: readonly StatisticsPdfLanguage[] = ['es', 'en', 'pt', 'fr'];
const LOCALES: Record<StatisticsPdfLanguage, string> = { es: 'es', en: 'en-GB', pt: 'pt-BR', fr: 'fr' };

interface Texts {
  title: Record<StatisticsExportKind, string>;
  period: string;
  allTime: string;
  scope: string;
  scopes: Record<string, string>;
  disclosure: string;
  exact: string;
  value: string;
  count: string;
  suppressed: string;
  secondary: string;
  totals: string;
  methodology: string;
  chart: (table: string) => string;
  note: (threshold: number) => string;
  generated: string;
  page: (page: number, pages: number) => string;
}

/** The PDF's fixed words, in the same terms as the web catalogue's statistics namespace. */
export const STATISTICS_PDF_TEXTS: Record<StatisticsPdfLanguage, Texts> = {
  es: {
    title: {
      referrals: 'Estadísticas de remisiones',
      coordination: 'Estadísticas de coordinación',
      protection: 'Estadísticas de protección',
    },
    period: 'Período',
    allTime: 'todo el registro',
    scope: 'Ámbito',
    scopes: { AGENCY: 'Institución', MECHANISM: 'Mecanismo', REGION: 'Región' },
    disclosure: 'Control de divulgación',
    exact: 'cifras exactas (operativas, de la propia institución)',
    value: 'Valor',
    count: 'Cantidad',
    suppressed: 'oculto',
    secondary: 'oculto (secundario)',
    totals: 'Totales',
    methodology: 'Nota metodológica',
    chart: (table) => `Gráfico: ${table}`,
    note: (k) =>
      `Las cifras se cuentan en la base de datos bajo las reglas de acceso de quien las pide. Toda cantidad menor que ${k} ` +
      'se oculta (supresión primaria) y, para que no pueda recalcularse a partir de los totales, se ocultan también otras ' +
      'celdas de la misma tabla (supresión secundaria). Una celda oculta no es un cero. Las cifras de protección se cuentan ' +
      'solo a partir de columnas desidentificadas (sexo, tramo de edad, nacionalidad, tipo de explotación).',
    generated: 'Generado',
    page: (page, pages) => `Página ${page} de ${pages}`,
  },
  en: {
    title: {
      referrals: 'Referral statistics',
      coordination: 'Coordination statistics',
      protection: 'Protection statistics',
    },
    period: 'Period',
    allTime: 'all records',
    scope: 'Scope',
    scopes: { AGENCY: 'Agency', MECHANISM: 'Mechanism', REGION: 'Region' },
    disclosure: 'Disclosure control',
    exact: "exact counts (operational, the agency's own)",
    value: 'Value',
    count: 'Count',
    suppressed: 'suppressed',
    secondary: 'suppressed (secondary)',
    totals: 'Totals',
    methodology: 'Methodology note',
    chart: (table) => `Chart: ${table}`,
    note: (k) =>
      `Figures are counted in the database under the access rules of whoever asks. Every count below ${k} is hidden ` +
      '(primary suppression) and, so that it cannot be recomputed from the totals, other cells of the same table are ' +
      'hidden with it (secondary suppression). A suppressed cell is not a zero. Protection figures are counted from ' +
      'de-identified columns only (sex, age band, nationality, exploitation type).',
    generated: 'Generated',
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  pt: {
    title: {
      referrals: 'Estatísticas de encaminhamentos',
      coordination: 'Estatísticas de coordenação',
      protection: 'Estatísticas de proteção',
    },
    period: 'Período',
    allTime: 'todo o registo',
    scope: 'Âmbito',
    scopes: { AGENCY: 'Instituição', MECHANISM: 'Mecanismo', REGION: 'Região' },
    disclosure: 'Controle de divulgação',
    exact: 'contagens exatas (operacionais, da própria instituição)',
    value: 'Valor',
    count: 'Quantidade',
    suppressed: 'suprimido',
    secondary: 'suprimido (secundário)',
    totals: 'Totais',
    methodology: 'Nota metodológica',
    chart: (table) => `Gráfico: ${table}`,
    note: (k) =>
      `Os números são contados na base de dados sob as regras de acesso de quem os pede. Toda contagem menor que ${k} ` +
      'é ocultada (supressão primária) e, para que não possa ser recalculada a partir dos totais, outras células da mesma ' +
      'tabela são ocultadas com ela (supressão secundária). Uma célula suprimida não é um zero. Os números de proteção ' +
      'são contados apenas a partir de colunas desidentificadas (sexo, faixa etária, nacionalidade, tipo de exploração).',
    generated: 'Gerado',
    page: (page, pages) => `Página ${page} de ${pages}`,
  },
  fr: {
    title: {
      referrals: 'Statistiques des signalements',
      coordination: 'Statistiques de coordination',
      protection: 'Statistiques de protection',
    },
    period: 'Période',
    allTime: 'tout l’historique',
    scope: 'Périmètre',
    scopes: { AGENCY: 'Institution', MECHANISM: 'Mécanisme', REGION: 'Région' },
    disclosure: 'Contrôle de la divulgation',
    exact: 'effectifs exacts (opérationnels, de l’institution elle-même)',
    value: 'Valeur',
    count: 'Effectif',
    suppressed: 'masqué',
    secondary: 'masqué (secondaire)',
    totals: 'Totaux',
    methodology: 'Note méthodologique',
    chart: (table) => `Graphique : ${table}`,
    note: (k) =>
      `Les chiffres sont comptés dans la base de données selon les règles d’accès de la personne qui les demande. Tout ` +
      `effectif inférieur à ${k} est masqué (suppression primaire) et, pour qu’il ne puisse pas être recalculé à partir ` +
      'des totaux, d’autres cellules du même tableau sont masquées avec lui (suppression secondaire). Une cellule masquée ' +
      'n’est pas un zéro. Les chiffres de protection ne sont comptés qu’à partir de colonnes désidentifiées (sexe, ' +
      'tranche d’âge, nationalité, type d’exploitation).',
    generated: 'Généré',
    page: (page, pages) => `Page ${page} sur ${pages}`,
  },
};

export const pdfLanguageOf = (value: unknown): StatisticsPdfLanguage =>
  LANGUAGES.includes(value as StatisticsPdfLanguage) ? (value as StatisticsPdfLanguage) : 'es';

const day = (language: StatisticsPdfLanguage, value: Date) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(value);

/** Tables with more rows than this (months of several years, many decline reasons) are published as tables only. */
const MAX_CHART_BARS = 24;

/** The published rows grouped into tables, in the order the CSV lists them; one-row tables become "totals". */
function tablesOf(rows: readonly Row[]): { totals: Row[]; tables: [string, Row[]][] } {
  const byTable = new Map<string, Row[]>();
  for (const row of rows) byTable.set(String(row[0]), [...(byTable.get(String(row[0])) ?? []), row]);
  const totals: Row[] = [];
  const tables: [string, Row[]][] = [];
  for (const [name, list] of byTable) {
    if (list.length === 1 && (list[0]![2] === '' || name.endsWith('_TOTAL'))) totals.push(list[0]!);
    else tables.push([name, list]);
  }
  return { totals, tables };
}

/**
 * A statistics publication as a PDF: title, period, scope, disclosure level, the totals and every published
 * table with a bar chart of it (a suppressed cell written and drawn as such, never as a zero) and the
 * methodology note. The same rows as the CSV
 * and XLSX (statisticsRows: same rules, same control, audited with format "pdf"), laid out by pdfmake.
 */
export async function statisticsPdf(
  context: RequestContext,
  kind: StatisticsExportKind,
  query: StatisticsExportQuery & { lang?: unknown },
): Promise<{ fileName: string; content: Buffer }> {
  const language = pdfLanguageOf(query.lang);
  const t = STATISTICS_PDF_TEXTS[language];
  const { input, rows } = await statisticsRows(context, kind, query, 'pdf');
  // MECHANISM and CROSSING_POINT rows carry ids: the publication names them.
  const nameOf = new Map<string, string>();
  for (const mechanism of await statisticsMechanisms(context)) {
    const names = mechanism.names as Partial<Record<StatisticsPdfLanguage, string>>;
    nameOf.set(mechanism.id, names[language] ?? names.es ?? mechanism.id);
    for (const point of mechanism.crossingPoints) nameOf.set(point.id, point.name);
  }
  let scope = t.scopes[input.scope] ?? input.scope;
  if (input.mechanismId) scope = `${scope}: ${nameOf.get(input.mechanismId) ?? input.mechanismId}`;
  const threshold = Number(rows[0]?.[5] ?? 1);
  const period =
    input.from || input.to
      ? `${input.from ? day(language, input.from) : '…'} – ${input.to ? day(language, input.to) : '…'}`
      : t.allTime;
  const countOf = (row: Row): Content =>
    row[3] === null || row[3] === ''
      ? { text: row[4] === 'SECONDARY' ? t.secondary : t.suppressed, italics: true, color: '#555555' }
      : { text: String(row[3]), alignment: 'right' };
  const grid = (body: Row[], label: (row: Row) => string): Content => ({
    table: {
      headerRows: 1,
      widths: ['*', 110],
      dontBreakRows: true,
      body: [
        [
          { text: t.value, bold: true, fillColor: '#eeeeee' },
          { text: t.count, bold: true, fillColor: '#eeeeee', alignment: 'right' },
        ],
        ...body.map((row) => [{ text: label(row) }, countOf(row)]),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  });
  const { totals, tables } = tablesOf(rows);
  // A chart above each table short enough to read as bars; the table below it stays the accessible version.
  const chartOf = (name: string, list: Row[]): Content[] =>
    list.length < 2 || list.length > MAX_CHART_BARS
      ? []
      : [
          {
            svg: barChartSvg(
              t.chart(name),
              list.map((row) => ({
                label: keyOf(row),
                count: row[3] === null || row[3] === '' ? null : Number(row[3]),
                suppressedText: row[4] === 'SECONDARY' ? t.secondary : t.suppressed,
              })),
            ),
            width: 495,
            margin: [0, 2, 0, 4],
          },
        ];
  const named = (value: Row[number] | undefined) => nameOf.get(String(value)) ?? String(value);
  const keyOf = (row: Row) => (row[1] ? `${named(row[1])} › ${named(row[2])}` : named(row[2]));
  const document: DocumentDefinition = {
    info: { title: t.title[kind], subject: scope, creator: 'Enlace' },
    language,
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      section: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: `${t.title[kind]} · ${scope}`, fontSize: 8, color: '#555555' },
        { text: t.page(currentPage, pageCount), alignment: 'right', fontSize: 8, color: '#555555' },
      ],
      margin: [50, 10, 50, 0],
    }),
    content: [
      { text: t.title[kind], style: 'title' },
      { text: `${t.period}: ${period}` },
      { text: `${t.scope}: ${scope}` },
      { text: `${t.disclosure}: ${input.exact && threshold <= 1 ? t.exact : `k = ${threshold}`}` },
      { text: `${t.generated}: ${day(language, new Date())}`, color: '#555555', margin: [0, 0, 0, 6] },
      { text: t.totals, style: 'section' },
      grid(totals, (row) => String(row[0]).replace(/_TOTAL$/, '')),
      ...tables.flatMap(([name, list]): Content[] => [
        { text: name, style: 'section' },
        ...chartOf(name, list),
        grid(list, keyOf),
      ]),
      { text: t.methodology, style: 'section' },
      { text: t.note(threshold) },
    ],
  };
  return { fileName: `${kind}-statistics-${language}.pdf`, content: await renderPdf(document) };
}
