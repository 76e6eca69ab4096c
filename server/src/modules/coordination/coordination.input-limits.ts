import type { InputLimits } from '../../platform/graphql/input-limits';
import { FOLLOW_UP_LIMITS } from './follow-up.inputs';
import { LIMITS } from './meeting.inputs';
import { LIBRARY_LIMITS } from './library/library.enums';
import { ASSESSMENT_LIMITS, TRAINING_LIMITS } from './assessment/assessment.enums';

/**
 * Sizes of the coordination module's inputs beyond the platform's defaults (1,000 characters, 100 items), stated
 * in the schema and checked before any resolver runs; the services check the tighter limits of shorter fields.
 */
export const coordinationInputLimits: InputLimits = {
  maxLength: {
    'Mutation.writeMinutes(minutes:)': LIMITS.minutes,
    'CorrectedMinutesInput.minutes': LIMITS.minutes,
    'Mutation.commentOnMinutes(body:)': LIMITS.comment,
    'Mutation.recordDecision(text:)': FOLLOW_UP_LIMITS.decisionText,
    'Mutation.reportOnAction(body:)': FOLLOW_UP_LIMITS.update,
    'LibraryDocumentInput.summary': LIBRARY_LIMITS.summary,
    'AssessmentContentInput.findings': ASSESSMENT_LIMITS.findings,
    'AssessmentAnswerInput.comment': ASSESSMENT_LIMITS.comment,
    'TrainingInput.summary': TRAINING_LIMITS.summary,
  },
  maxItems: {
    'DutyContactInput.days': 7,
    'DutyContactInput.languages': 4,
    'Mutation.setMeetingAttendance(entries:)': LIMITS.attendance,
    'AssessmentContentInput.answers': ASSESSMENT_LIMITS.sections * ASSESSMENT_LIMITS.questionsPerSection,
  },
};
