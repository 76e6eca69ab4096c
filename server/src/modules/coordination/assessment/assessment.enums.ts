import { registerEnumType } from 'type-graphql';

/** An assessment is written as a DRAFT and locked once COMPLETED (then members' users read it). */
export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  COMPLETED = 'COMPLETED',
}
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });

/** Limits of every text and list of templates, assessments and trainings; the services name the field. */
export const ASSESSMENT_LIMITS = {
  title: 200,
  sections: 20,
  questionsPerSection: 30,
  sectionTitle: 200,
  question: 500,
  place: 200,
  assessors: 10,
  assessor: 120,
  comment: 2_000,
  findings: 10_000,
  recommendations: 30,
  recommendation: 1_000,
} as const;

export const TRAINING_LIMITS = {
  topic: 300,
  place: 200,
  trainers: 10,
  trainer: 120,
  agencies: 30,
  participantsPerCount: 10_000,
  materials: 20,
  summary: 4_000,
} as const;

/** The score of a question: 1 (not in place) to 4 (fully in place). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 4;
