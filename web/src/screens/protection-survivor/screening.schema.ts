import { z } from 'zod';
import type { IndicatorAnswer, ScreeningConclusion, ScreeningIndicator, ScreeningInput } from '../../gql/graphql';

/** A screening as typed: an answer (and notes) per indicator of the form, the conclusion and its reasons. */
export const screeningSchema = z.object({
  answers: z.array(
    z.object({
      indicator: z.string(),
      answer: z.enum(['YES', 'NO', 'UNKNOWN']),
      notes: z.string().max(500, 'protection.validation.tooLong'),
    }),
  ),
  conclusion: z.string().min(1, 'protection.screening.conclusionRequired'),
  conclusionNotes: z
    .string()
    .trim()
    .min(10, 'protection.apiError.screening.conclusionRequired')
    .max(2000, 'protection.validation.tooLong'),
  place: z.string().max(200, 'protection.validation.tooLong'),
});

export type ScreeningForm = z.infer<typeof screeningSchema>;

/** Every indicator starts as "unknown": a screener marks what the person said, nothing is presumed. */
export const emptyScreening = (indicators: readonly ScreeningIndicator[]): ScreeningForm => ({
  answers: indicators.map((indicator) => ({ indicator, answer: 'UNKNOWN', notes: '' })),
  conclusion: '',
  conclusionNotes: '',
  place: '',
});

export function toScreeningInput(form: ScreeningForm): ScreeningInput {
  return {
    answers: form.answers.map((item) => ({
      indicator: item.indicator as ScreeningIndicator,
      answer: item.answer as IndicatorAnswer,
      notes: item.notes.trim() || null,
    })),
    conclusion: form.conclusion as ScreeningConclusion,
    conclusionNotes: form.conclusionNotes.trim(),
    place: form.place.trim() || null,
  };
}
