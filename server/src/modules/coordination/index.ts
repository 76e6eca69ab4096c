import type { RequestContext } from '../../platform/context';
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

export { Meeting, AgendaItem };
export { MeetingKind, MinutesStatus, AttendanceStatus } from './meeting.enums';
export { FOCAL_POINT_ROLES } from './coordination.policy';
export { MinutesAction } from './meeting.lifecycle';
export { createMeeting, setAgenda, setAttendance, writeMinutes } from './meeting.service';
export { commentOnMinutes, stepMinutes } from './minutes.service';

/**
 * The work of coordination mechanisms: meetings with their agenda, attendance and minutes (draft, circulated
 * for comment, approved, corrected by numbered revisions). Declared here, wired by the composition root.
 */
export const coordinationModule: EnlaceModule<RequestContext> = {
  name: 'coordination',
  entities: [Meeting, AgendaItem, MeetingAttendance, MinutesRevision, MinutesComment],
  resolvers: [
    MeetingResolver,
    AgendaItemResolver,
    MeetingAttendanceResolver,
    MinutesCommentResolver,
    MeetingWorkflowResolver,
  ],
  referenceResolvers: { Meeting: resolveMeetingReference },
  policies: [coordinationPolicy],
  guardedSubjects: ['Meeting'],
};
