import { Box } from '@mui/material';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

/**
 * Minutes are written in Markdown: headings, lists, bold and italics, links. Raw HTML is never rendered
 * (`html: false` escapes it), links are limited to http(s) and mailto and open in a new tab without access to
 * this page, and images and tables are off: what a secretariat writes cannot run in a reader's browser.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
markdown.disable(['image', 'table', 'html_block', 'html_inline']);
const SAFE_LINK = /^(https?:|mailto:)/i;
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());
const defaultLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet('target', '_blank');
  tokens[index]?.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, index, options, env, self)
    : self.renderToken(tokens, index, options);
};

/** Markdown as HTML, safe to insert (see above). Exported for tests. */
export function renderMinutes(text: string): string {
  return markdown.render(text);
}

/** Rendered minutes; headings are shifted below the page's own (h4 and smaller). */
export function Markdown({ text, label }: { text: string; label?: string }) {
  const html = useMemo(() => renderMinutes(text), [text]);
  return (
    <Box
      className="minutes"
      aria-label={label}
      sx={{
        '& h1, & h2, & h3, & h4, & h5, & h6': { fontSize: '1rem', fontWeight: 600, mt: 1.5, mb: 0.5 },
        '& p': { my: 0.75 },
        '& ul, & ol': { my: 0.75, pl: 3 },
        overflowWrap: 'anywhere',
      }}
      // markdown-it with html: false escapes every tag; links are validated above.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
