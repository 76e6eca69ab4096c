import { registerEnumType } from 'type-graphql';

/** What a meeting of a mechanism is for. */
export enum MeetingKind {
  ORDINARY = 'ORDINARY',
  EXTRAORDINARY = 'EXTRAORDINARY',
  TECHNICAL_WORKING_GROUP = 'TECHNICAL_WORKING_GROUP',
  JOINT_OPERATION_DEBRIEF = 'JOINT_OPERATION_DEBRIEF',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

/** Where a meeting's minutes are in their life (meeting.lifecycle.ts). */
export enum MinutesStatus {
  /** The secretariat writes; only it reads. */
  DRAFT = 'DRAFT',
  /** Members' focal points read and comment per agenda item until the comment deadline. */
  CIRCULATED = 'CIRCULATED',
  /** Locked; every member agency's users read it. Corrections are numbered revisions. */
  APPROVED = 'APPROVED',
}
registerEnumType(MinutesStatus, { name: 'MinutesStatus' });

/** How a person took part in a meeting. */
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  BY_VIDEO = 'BY_VIDEO',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });

/** Meetings still to come (not yet ended) or already held. */
export enum MeetingPeriod {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(MeetingPeriod, { name: 'MeetingPeriod' });

/** The interface languages a meeting may be held in. */
export const MEETING_LANGUAGES = ['es', 'en', 'pt', 'fr'] as const;
