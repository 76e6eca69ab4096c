// The part of pdfmake 0.3's server API that Enlace uses. @types/pdfmake is not used: it pulls the DOM library
// into the server's compilation (`/// <reference lib="dom" />`), which changes Node's fetch and Buffer types.
declare module 'pdfmake' {
  /** A pdfmake content node: text, stack, ul/ol, table, columns, canvas, with style properties. */
  export type Content = string | ContentNode | Content[];
  export interface ContentNode {
    [property: string]: unknown;
  }
  export interface DocumentDefinition {
    content: Content[];
    [property: string]: unknown;
  }
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
    setUrlAccessPolicy(allowed: (url: string) => boolean): void;
    setLocalAccessPolicy(allowed: (path: string) => boolean): void;
    createPdf(document: DocumentDefinition): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
