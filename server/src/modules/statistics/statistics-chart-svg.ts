/** One bar: its label and its published count, null when disclosure control suppressed it. */
export interface ChartBar {
  label: string;
  count: number | null;
  /** What a suppressed bar says instead of a number ("suppressed", "suppressed (secondary)"). */
  suppressedText?: string;
}

const WIDTH = 495; // the A4 text width of the publication (595 pt less two 50 pt margins)
const LABEL_WIDTH = 190;
const BAR_AREA = 230;
const ROW = 16;
const TOP = 22;

/** Text from users (decline reasons, mechanism names) goes into XML: escaped, and cut to fit the label column. */
function xmlText(text: string, max = 200): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * A horizontal bar chart as SVG, drawn from figures that have already passed disclosure control. A suppressed
 * cell is drawn as a dashed empty box with the word for it, never as a bar of zero, so a reader cannot take a
 * hidden count for "none". No script, no external reference: pdfmake renders it as vector graphics.
 */
export function barChartSvg(title: string, bars: readonly ChartBar[]): string {
  const max = Math.max(1, ...bars.map((bar) => bar.count ?? 0));
  const height = TOP + bars.length * ROW + 6;
  const rows = bars.map((bar, i) => {
    const y = TOP + i * ROW;
    const label = `<text x="${LABEL_WIDTH - 6}" y="${y + 11}" text-anchor="end" font-size="8">${xmlText(bar.label, 40)}</text>`;
    if (bar.count === null)
      return `${label}<rect x="${LABEL_WIDTH}" y="${y + 2}" width="36" height="${ROW - 5}" fill="none" stroke="#777777" stroke-dasharray="2,2"/>
<text x="${LABEL_WIDTH + 42}" y="${y + 11}" font-size="8" font-style="italic" fill="#555555">${xmlText(bar.suppressedText ?? '')}</text>`;
    const width = Math.max(bar.count > 0 ? 1 : 0, Math.round((bar.count / max) * BAR_AREA));
    return `${label}<rect x="${LABEL_WIDTH}" y="${y + 2}" width="${width}" height="${ROW - 5}" fill="#1565c0"/>
<text x="${LABEL_WIDTH + width + 4}" y="${y + 11}" font-size="8">${bar.count}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Roboto">
<text x="0" y="12" font-size="10" font-weight="bold">${xmlText(title)}</text>
${rows.join('\n')}
</svg>`;
}
