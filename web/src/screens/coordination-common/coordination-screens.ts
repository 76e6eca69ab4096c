// The coordination screens in one chunk: they share operations, the Markdown renderer and terms.
export { CoordinationHomeScreen } from '../coordination-mechanism/coordination-home-screen';
export { MechanismMeetingsScreen } from '../coordination-mechanism/mechanism-meetings-screen';
export { MeetingScreen } from '../coordination-meeting/meeting-screen';
export { FollowUpBoardScreen } from '../coordination-board/follow-up-board-screen';
export { ActionItemScreen } from '../coordination-action/action-item-screen';
export { LibraryScreen } from '../coordination-work/library-screen';
export { RosterScreen } from '../coordination-work/roster-screen';
export { AssessmentScreen } from '../coordination-work/assessment-screen';
