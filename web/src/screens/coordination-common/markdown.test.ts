import { renderMinutes } from './markdown';

describe('minutes in Markdown', () => {
  it('render headings, lists, bold and safe links', () => {
    const html = renderMinutes('## Flujos\n\n- Aumento del **20 %**\n- [Informe](https://example.org/informe)');
    expect(html).toContain('<h2>Flujos</h2>');
    expect(html).toContain('<li>Aumento del <strong>20 %</strong></li>');
    expect(html).toContain(
      '<a href="https://example.org/informe" target="_blank" rel="noopener noreferrer">Informe</a>',
    );
  });

  it('never pass raw HTML, script links or images through', () => {
    const html = renderMinutes('<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![i](https://example.org/i.png)');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('<img');
  });
});
