import type { RequestContext } from '../../platform/context';
import { coordinationInputLimits } from './coordination.input-limits';
import type { EnlaceModule } from '../../platform/module';
import { AgendaItem } from './agenda-item.entity';
import { coordinationPolicy } from './coordination.policy';
import { MeetingAttendance } from './meeting-attendance.entity';
import { Meeting } from './meeting.entity';
import {
  AgendaItemResolver,
  MeetingAttendanceResolver,
  MeetingResolver,
  MeetingWorkflowResolver,
  MinutesCommentResolver,
  resolveMeetingReference,
} from './meeting.resolver';
import { MinutesComment } from './minutes-comment.entity';
import { MinutesRevision } from './minutes-revision.entity';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import { Decision } from './decision.entity';
import {
  resolveActionItemReference,
  resolveDecisionReference,
  resolveLibraryDocumentReference,
} from './follow-up.references';
import {
  ActionUpdateResolver,
  DecisionResolver,
  FollowUpResolver,
  MeetingFollowUpResolver,
} from './follow-up.resolver';
import { actionDigestJob } from './digest/action-digest.job';
import { exportRoutes } from './exports/exports.routes';
import { FollowUpBoardCountsResolver, FollowUpPageResolver } from './follow-up/follow-up-page.resolver';
import { minutesPdfRoutes } from './minutes-pdf/minutes-pdf.routes';
import { LibraryDocument } from './library/library-document.entity';
import { LibraryDocumentVersion } from './library/library-version.entity';
import { libraryPolicy } from './library/library.policy';
import { LibraryDocumentResolver, LibraryDocumentVersionResolver } from './library/library.resolver';
import { libraryRoutes } from './library/library.routes';
import { DutyContact } from './roster/duty-contact.entity';
import { ActionEvidence } from './evidence/action-evidence.entity';
import { ActionEvidenceResolver, ActionUpdateEvidenceResolver } from './evidence/action-evidence.resolver';
import { actionEvidenceRoutes } from './evidence/action-evidence.routes';
import { ActionOwnerNameResolver, ActionOwnersResolver } from './follow-up/action-owners';
import { CoordinationEventsResolver } from './live/coordination-events.resolver';
import { DutyContactResolver } from './roster/roster.resolver';
import { rosterPolicy } from './roster/roster.policy';
import { AssessmentRecommendation } from './assessment/assessment-recommendation.entity';
import { AssessmentTemplate } from './assessment/assessment-template.entity';
import { Assessment } from './assessment/assessment.entity';
import {
  AssessmentRecommendationResolver,
  AssessmentResolver,
  AssessmentTemplateResolver,
} from './assessment/assessment.resolver';
import { Training, TrainingParticipation } from './training/training.entity';
import { TrainingParticipationResolver, TrainingResolver } from './training/training.resolver';

export { Meeting, AgendaItem };
export { MeetingKind, MinutesStatus, AttendanceStatus } from './meeting.enums';
export { FOCAL_POINT_ROLES } from './coordination.policy';
export { MinutesAction } from './meeting.lifecycle';
export { createMeeting, setAgenda, setAttendance, writeMinutes } from './meeting.service';
export { commentOnMinutes, stepMinutes } from './minutes.service';
export { addActionItem, recordDecision, reportOnAction } from './follow-up.service';
export { ActionItem, Decision };
export { enqueueActionDigests } from './digest/action-digest.job';
export { LibraryDocument, LibraryDocumentVersion };
export { LibraryDocumentKind, LibraryHandlingCode } from './library/library.enums';
export { createLibraryDocument, recordLibraryVersion } from './library/library.service';
export { DutyContact };
export { createDutyContact } from './roster/roster.service';
export { ActionPriority, ActionStatus, DecisionStatus } from './follow-up.enums';
export { Assessment, AssessmentTemplate, AssessmentRecommendation, Training, TrainingParticipation };
export { AssessmentStatus } from './assessment/assessment.enums';
export {
  completeAssessment,
  createAssessmentTemplate,
  makeRecommendationAction,
  saveAssessment,
  startAssessment,
} from './assessment/assessment.service';
export { recordTraining } from './training/training.service';

/**
 * The work of coordination mechanisms: meetings with their agenda, attendance and minutes (draft, circulated
 * for comment, approved, corrected by numbered revisions). Declared here, wired by the composition root.
 */
export const coordinationModule: EnlaceModule<RequestContext> = {
  inputLimits: coordinationInputLimits,
  name: 'coordination',
  entities: [
    Meeting,
    AgendaItem,
    MeetingAttendance,
    MinutesRevision,
    MinutesComment,
    Decision,
    ActionItem,
    ActionUpdate,
    LibraryDocument,
    LibraryDocumentVersion,
    DutyContact,
    ActionEvidence,
    AssessmentTemplate,
    Assessment,
    AssessmentRecommendation,
    Training,
    TrainingParticipation,
  ],
  resolvers: [
    MeetingResolver,
    AgendaItemResolver,
    MeetingAttendanceResolver,
    MinutesCommentResolver,
    MeetingWorkflowResolver,
    MeetingFollowUpResolver,
    DecisionResolver,
    FollowUpResolver,
    ActionUpdateResolver,
    FollowUpPageResolver,
    FollowUpBoardCountsResolver,
    LibraryDocumentResolver,
    LibraryDocumentVersionResolver,
    DutyContactResolver,
    ActionEvidenceResolver,
    ActionUpdateEvidenceResolver,
    ActionOwnersResolver,
    ActionOwnerNameResolver,
    CoordinationEventsResolver,
    AssessmentTemplateResolver,
    AssessmentResolver,
    AssessmentRecommendationResolver,
    TrainingResolver,
    TrainingParticipationResolver,
  ],
  referenceResolvers: {
    Meeting: resolveMeetingReference,
    Decision: resolveDecisionReference,
    ActionItem: resolveActionItemReference,
    LibraryDocument: resolveLibraryDocumentReference,
  },
  policies: [coordinationPolicy, libraryPolicy, rosterPolicy],
  guardedSubjects: [
    'Meeting',
    'Decision',
    'ActionItem',
    'LibraryDocument',
    'Assessment',
    'AssessmentTemplate',
    'Training',
  ],
  routes(app, runtime) {
    exportRoutes(app, runtime); // CSV and ICS exports of a mechanism's work
    minutesPdfRoutes(app, runtime); // GET /api/meetings/:id/minutes.pdf
    libraryRoutes(app, runtime); // library versions: upload and download
    actionEvidenceRoutes(app, runtime); // evidence on action-item progress updates
  },
  jobs: [actionDigestJob],
};
