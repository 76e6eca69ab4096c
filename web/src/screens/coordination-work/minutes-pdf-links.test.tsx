import { screen } from '@testing-library/react';
import { renderWithApp } from '../../test/render-with-app';
import { MinutesPdfLinks } from './minutes-pdf-links';

const ID = '0b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f10';

describe('the minutes PDF links of a meeting', () => {
  it('offer one download per language the meeting is held in, named in the reader’s language', async () => {
    await renderWithApp(<MinutesPdfLinks meeting={{ id: ID, languages: ['es', 'pt'], canReadMinutes: true }} />, {
      language: 'pt',
    });
    const spanish = await screen.findByRole('link', { name: 'Ata em PDF (espanhol)' });
    expect(spanish).toHaveAttribute('href', `/api/meetings/${ID}/minutes.pdf?lang=es`);
    expect(screen.getByRole('link', { name: 'Ata em PDF (português)' })).toHaveAttribute(
      'href',
      `/api/meetings/${ID}/minutes.pdf?lang=pt`,
    );
  });

  it('are not offered to those who may not read the minutes yet', async () => {
    await renderWithApp(<MinutesPdfLinks meeting={{ id: ID, languages: ['es'], canReadMinutes: false }} />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
