import MarkdownIt from 'markdown-it';
import type { Content } from 'pdfmake';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * The same Markdown dialect the browser shows (web/src/screens/coordination-common/markdown.tsx): no raw HTML
 * (tags stay text), no auto-linking, line breaks kept. Only the token stream is used: nothing is ever rendered
 * as HTML on the server.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

/** Link targets a reader may follow from the PDF; anything else (javascript:, data:, file:) stays plain text. */
const SAFE_LINK = /^(https?:|mailto:)/i;

interface Inline {
  text: string;
  bold?: boolean;
  italics?: boolean;
  link?: string;
  decoration?: 'underline';
  color?: string;
}

/** An inline token sequence (text, **bold**, *italics*, `code`, [links](...)) as pdfmake text runs. */
function inlineRuns(children: Token[]): Inline[] {
  const runs: Inline[] = [];
  let bold = 0;
  let italics = 0;
  let link: string | null = null;
  for (const token of children) {
    switch (token.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italics += 1;
        break;
      case 'em_close':
        italics -= 1;
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        link = SAFE_LINK.test(href) ? href : null;
        break;
      }
      case 'link_close':
        link = null;
        break;
      case 'softbreak':
      case 'hardbreak':
        runs.push({ text: '\n' });
        break;
      case 'text':
      case 'code_inline':
      case 'html_inline': // cannot occur with html: false; kept as text if it ever does
        if (token.content)
          runs.push({
            text: token.content,
            ...(bold > 0 ? { bold: true } : {}),
            ...(italics > 0 ? { italics: true } : {}),
            ...(link ? { link, decoration: 'underline' as const, color: '#1a4f8b' } : {}),
          });
        break;
      default:
        break; // images and anything unknown are left out rather than guessed at
    }
  }
  return runs;
}

const HEADING_SIZES: Record<string, number> = { h1: 14, h2: 13, h3: 12, h4: 11, h5: 11, h6: 11 };

/** Block tokens from `start` until the close of the enclosing block (or the end) as pdfmake content. */
function blocks(tokens: Token[], start: number, closeType: string | null): { content: Content[]; next: number } {
  const content: Content[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break; // i < tokens.length: never
    if (closeType && token.type === closeType) return { content, next: i + 1 };
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        content.push({
          text: inlineRuns(inline?.children ?? []),
          bold: true,
          fontSize: HEADING_SIZES[token.tag] ?? 11,
          margin: [0, 4, 0, 2],
        });
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        content.push({ text: inlineRuns(inline?.children ?? []), margin: [0, 0, 0, 4] });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const closing = ordered ? 'ordered_list_close' : 'bullet_list_close';
        const items: Content[] = [];
        i += 1;
        while (i < tokens.length && tokens[i]?.type !== closing) {
          // list_item_open ... list_item_close: each item is a stack of its blocks
          const inner = blocks(tokens, i + 1, 'list_item_close');
          items.push({ stack: inner.content });
          i = inner.next;
        }
        content.push(ordered ? { ol: items, margin: [0, 0, 0, 4] } : { ul: items, margin: [0, 0, 0, 4] });
        i += 1;
        break;
      }
      case 'blockquote_open': {
        const inner = blocks(tokens, i + 1, 'blockquote_close');
        content.push({ stack: inner.content, margin: [12, 0, 0, 4], italics: true });
        i = inner.next;
        break;
      }
      case 'fence':
      case 'code_block':
        content.push({ text: token.content, margin: [8, 0, 0, 4], color: '#333333' });
        i += 1;
        break;
      case 'hr':
        content.push({
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: 480, y2: 0, lineWidth: 0.5 }],
          margin: [0, 4, 0, 4],
        });
        i += 1;
        break;
      case 'inline':
        // Tight list items hold their text in a bare inline token (the paragraph is hidden).
        content.push({ text: inlineRuns(token.children ?? []) });
        i += 1;
        break;
      default:
        i += 1; // paragraph_close of tight lists, tables and anything unknown: skipped
        break;
    }
  }
  return { content, next: i };
}

/** Markdown minutes as pdfmake content: headings, paragraphs, lists, bold, italics, safe links. Never HTML. */
export function markdownToPdf(source: string): Content[] {
  return blocks(markdown.parse(source, {}), 0, null).content;
}
