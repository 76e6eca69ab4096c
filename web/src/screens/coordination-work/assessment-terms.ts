import { browserToday } from '../../dates/day-bounds';

export const assessmentPath = (id: string) => `/coordination/assessments/${id}`;

/** Today's date (YYYY-MM-DD) in the browser's zone, for date fields. */
export const today = browserToday;

/** Splits a multi-line text into trimmed, non-empty lines (names, questions). */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A checklist typed as text: a line starting with `#` opens a section, every other line is a question of the
 * section above it.
 */
export function sectionsOf(text: string): { title: string; questions: string[] }[] {
  const sections: { title: string; questions: string[] }[] = [];
  for (const line of linesOf(text)) {
    if (line.startsWith('#')) sections.push({ title: line.replace(/^#+\s*/, ''), questions: [] });
    else if (sections.length > 0) sections[sections.length - 1]!.questions.push(line);
    else sections.push({ title: '', questions: [line] });
  }
  return sections;
}

/** The text a checklist is typed as (the inverse of `sectionsOf`), to change a checklist where it was written. */
export function checklistTextOf(sections: readonly { title: string; questions: readonly { text: string }[] }[]) {
  return sections
    .map(({ title, questions }) => [...(title ? [`# ${title}`] : []), ...questions.map(({ text }) => text)].join('\n'))
    .join('\n');
}
