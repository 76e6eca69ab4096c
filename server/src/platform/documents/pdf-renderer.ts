import path from 'node:path';
import type PdfMake from 'pdfmake';
import type { DocumentDefinition } from 'pdfmake';

/** The Roboto fonts shipped inside the pdfmake package: no font is fetched or read from anywhere else. */
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};

let loaded: typeof PdfMake | undefined;

/**
 * pdfmake is one shared instance per process. Its access policies are closed once: documents are built from
 * users' text (Markdown minutes), so an image or font reference in them must never make the server fetch a URL
 * or read a file other than the fonts above.
 */
async function configured(): Promise<typeof PdfMake> {
  if (loaded) return loaded;
  // Loaded on first use: pdfmake is a noticeable part of the server's cold start (docs/benchmarks.md).
  const pdfmake: typeof PdfMake = (await import('pdfmake')).default;
  pdfmake.setFonts(FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(FONT_DIR + path.sep));
  loaded = pdfmake;
  return pdfmake;
}

/** A pdfmake document definition as PDF bytes. */
export async function renderPdf(document: DocumentDefinition): Promise<Buffer> {
  const pdfmake = await configured();
  return pdfmake.createPdf(document).getBuffer();
}
