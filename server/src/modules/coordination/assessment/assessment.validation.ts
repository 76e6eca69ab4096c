import { badInput } from '../../../platform/graphql/errors';
import type { AssessmentSection } from './assessment-template.entity';
import type { AssessmentAnswer } from './assessment.entity';
import { ASSESSMENT_LIMITS as L, SCORE_MAX, SCORE_MIN } from './assessment.enums';
import type {
  AssessmentContentInput,
  AssessmentInput,
  AssessmentRecommendationInput,
  AssessmentTemplateInput,
} from './assessment.inputs';

type Problems = Record<string, string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A required, trimmed text of at most `max` characters, or a problem named `field`. */
export function text(problems: Problems, field: string, value: string, max: number, required = true): string {
  const trimmed = value.trim();
  if (required && !trimmed) problems[field] = 'error.coordination.required';
  else if (trimmed.length > max) problems[field] = 'error.coordination.tooLong';
  return trimmed;
}

export function throwIfAny(problems: Problems): void {
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

/** The template's sections with stable keys (`s1.q2`), or BAD_USER_INPUT naming the first bad field. */
export function validTemplate(input: AssessmentTemplateInput): { title: string; sections: AssessmentSection[] } {
  const problems: Problems = {};
  const title = text(problems, 'input.title', input.title, L.title);
  if (input.sections.length === 0) problems['input.sections'] = 'error.coordination.required';
  if (input.sections.length > L.sections) problems['input.sections'] = 'error.coordination.tooMany';
  const sections = input.sections.slice(0, L.sections).map((section, s) => {
    const field = `input.sections.${s}`;
    const sectionTitle = text(problems, `${field}.title`, section.title, L.sectionTitle);
    if (section.questions.length === 0) problems[`${field}.questions`] = 'error.coordination.required';
    if (section.questions.length > L.questionsPerSection) problems[`${field}.questions`] = 'error.coordination.tooMany';
    const questions = section.questions.slice(0, L.questionsPerSection).map((question, q) => ({
      key: `s${s + 1}.q${q + 1}`,
      text: text(problems, `${field}.questions.${q}`, question, L.question),
    }));
    return { title: sectionTitle, questions };
  });
  throwIfAny(problems);
  return { title, sections };
}

export function validHeader(input: AssessmentInput, problems: Problems = {}) {
  const place = text(problems, 'input.place', input.place, L.place);
  if (!DATE.test(input.assessedOn)) problems['input.assessedOn'] = 'error.coordination.required';
  if (input.assessors.length > L.assessors) problems['input.assessors'] = 'error.coordination.tooMany';
  const assessors = input.assessors
    .slice(0, L.assessors)
    .map((name, i) => text(problems, `input.assessors.${i}`, name, L.assessor))
    .filter(Boolean);
  if (assessors.length === 0 && !problems['input.assessors'])
    problems['input.assessors'] = 'error.coordination.required';
  return { place, assessedOn: input.assessedOn, assessors };
}

/** The whole draft's content checked against the questions it was started on; nothing is saved if any is bad. */
export function validContent(input: AssessmentContentInput, sections: AssessmentSection[]) {
  const problems: Problems = {};
  const header = validHeader(input, problems);
  const keys = new Set(sections.flatMap((section) => section.questions.map((question) => question.key)));
  const answers: AssessmentAnswer[] = [];
  const seen = new Set<string>();
  if (input.answers.length > keys.size) problems['input.answers'] = 'error.coordination.tooMany';
  input.answers.slice(0, keys.size).forEach((answer, i) => {
    const field = `input.answers.${i}`;
    if (!keys.has(answer.questionKey) || seen.has(answer.questionKey)) {
      problems[`${field}.questionKey`] = 'error.coordination.unknownQuestion';
      return;
    }
    seen.add(answer.questionKey);
    const score = answer.score ?? null;
    if (score !== null && (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX))
      problems[`${field}.score`] = 'error.coordination.score';
    const comment = text(problems, `${field}.comment`, answer.comment ?? '', L.comment, false);
    answers.push({ questionKey: answer.questionKey, score, comment });
  });
  const findings = text(problems, 'input.findings', input.findings, L.findings, false);
  const recommendations = validRecommendations(input.recommendations, problems);
  throwIfAny(problems);
  return { ...header, answers, findings, recommendations };
}

function validRecommendations(list: AssessmentRecommendationInput[], problems: Problems) {
  if (list.length > L.recommendations) problems['input.recommendations'] = 'error.coordination.tooMany';
  return list.slice(0, L.recommendations).map((recommendation, i) => ({
    id: recommendation.id ?? null,
    text: text(problems, `input.recommendations.${i}.text`, recommendation.text, L.recommendation),
  }));
}

/** Every question scored: what completing an assessment requires. */
export function unscoredKeys(sections: AssessmentSection[], answers: AssessmentAnswer[]): string[] {
  const scored = new Set(answers.filter((answer) => answer.score !== null).map((answer) => answer.questionKey));
  return sections.flatMap((section) => section.questions.map((q) => q.key)).filter((key) => !scored.has(key));
}
