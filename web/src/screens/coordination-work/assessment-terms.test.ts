import { checklistTextOf, sectionsOf } from './assessment-terms';

const asChecklist = (sections: { title: string; questions: string[] }[]) =>
  sections.map(({ title, questions }) => ({ title, questions: questions.map((text) => ({ text })) }));

describe('a checklist typed as text', () => {
  it('gives back, when changed, the text it was typed as', () => {
    const sections = [
      { title: 'Infraestructura', questions: ['¿Hay señalización?', '¿Hay sala de entrevistas?'] },
      { title: 'Personal', questions: ['¿Hay personal capacitado?'] },
    ];
    const text = checklistTextOf(asChecklist(sections));
    expect(text).toBe(
      '# Infraestructura\n¿Hay señalización?\n¿Hay sala de entrevistas?\n# Personal\n¿Hay personal capacitado?',
    );
    expect(sectionsOf(text)).toEqual(sections);
  });

  it('keeps questions typed before any section without inventing a heading', () => {
    const sections = [
      { title: '', questions: ['¿Pregunta suelta?'] },
      { title: 'Salud', questions: ['¿Hay botiquín?'] },
    ];
    expect(checklistTextOf(asChecklist(sections))).toBe('¿Pregunta suelta?\n# Salud\n¿Hay botiquín?');
    expect(sectionsOf(checklistTextOf(asChecklist(sections)))).toEqual(sections);
  });
});
