import { operation } from '../admin-common/operation';
import documents from './coordination.graphql?operations';
import type {
  ActionsOwedQuery,
  ActionsOwedQueryVariables,
  ApproveMinutesMutation,
  ApproveMinutesMutationVariables,
  CirculateMinutesMutation,
  CirculateMinutesMutationVariables,
  CommentOnMinutesMutation,
  CommentOnMinutesMutationVariables,
  CoordinationMechanismsQuery,
  CoordinationMechanismsQueryVariables,
  CorrectMinutesMutation,
  CorrectMinutesMutationVariables,
  CreateMeetingMutation,
  CreateMeetingMutationVariables,
  MechanismMeetingsQuery,
  MechanismMeetingsQueryVariables,
  MeetingDetailQuery,
  MeetingDetailQueryVariables,
  MeetingFollowUpQuery,
  MeetingFollowUpQueryVariables,
  MinutesDiffQuery,
  MinutesDiffQueryVariables,
  RecallMinutesMutation,
  RecallMinutesMutationVariables,
  ReportOnActionMutation,
  ReportOnActionMutationVariables,
  SetMeetingAgendaMutation,
  SetMeetingAgendaMutationVariables,
  SetMeetingAttendanceMutation,
  SetMeetingAttendanceMutationVariables,
  WriteMinutesMutation,
  WriteMinutesMutationVariables,
  FollowUpCountsQuery,
  FollowUpCountsQueryVariables,
  FollowUpActionsQuery,
  FollowUpActionsQueryVariables,
  ActionItemDetailQuery,
  ActionItemDetailQueryVariables,
  RecordDecisionMutation,
  RecordDecisionMutationVariables,
  SetDecisionStatusMutation,
  SetDecisionStatusMutationVariables,
  AddActionItemMutation,
  AddActionItemMutationVariables,
} from '../../gql/graphql';

// Typed documents of coordination.graphql, built in the coordination screens' chunk (see admin-common/operation.ts).
export const CoordinationMechanismsDocument = operation<
  CoordinationMechanismsQuery,
  CoordinationMechanismsQueryVariables
>(documents, 'CoordinationMechanisms');
export const MechanismMeetingsDocument = operation<MechanismMeetingsQuery, MechanismMeetingsQueryVariables>(
  documents,
  'MechanismMeetings',
);
export const MeetingDetailDocument = operation<MeetingDetailQuery, MeetingDetailQueryVariables>(
  documents,
  'MeetingDetail',
);
export const MinutesDiffDocument = operation<MinutesDiffQuery, MinutesDiffQueryVariables>(documents, 'MinutesDiff');
export const CreateMeetingDocument = operation<CreateMeetingMutation, CreateMeetingMutationVariables>(
  documents,
  'CreateMeeting',
);
export const SetMeetingAgendaDocument = operation<SetMeetingAgendaMutation, SetMeetingAgendaMutationVariables>(
  documents,
  'SetMeetingAgenda',
);
export const SetMeetingAttendanceDocument = operation<
  SetMeetingAttendanceMutation,
  SetMeetingAttendanceMutationVariables
>(documents, 'SetMeetingAttendance');
export const WriteMinutesDocument = operation<WriteMinutesMutation, WriteMinutesMutationVariables>(
  documents,
  'WriteMinutes',
);
export const CirculateMinutesDocument = operation<CirculateMinutesMutation, CirculateMinutesMutationVariables>(
  documents,
  'CirculateMinutes',
);
export const RecallMinutesDocument = operation<RecallMinutesMutation, RecallMinutesMutationVariables>(
  documents,
  'RecallMinutes',
);
export const ApproveMinutesDocument = operation<ApproveMinutesMutation, ApproveMinutesMutationVariables>(
  documents,
  'ApproveMinutes',
);
export const CorrectMinutesDocument = operation<CorrectMinutesMutation, CorrectMinutesMutationVariables>(
  documents,
  'CorrectMinutes',
);
export const CommentOnMinutesDocument = operation<CommentOnMinutesMutation, CommentOnMinutesMutationVariables>(
  documents,
  'CommentOnMinutes',
);
export const MeetingFollowUpDocument = operation<MeetingFollowUpQuery, MeetingFollowUpQueryVariables>(
  documents,
  'MeetingFollowUp',
);
export const ActionsOwedDocument = operation<ActionsOwedQuery, ActionsOwedQueryVariables>(documents, 'ActionsOwed');
export const ReportOnActionDocument = operation<ReportOnActionMutation, ReportOnActionMutationVariables>(
  documents,
  'ReportOnAction',
);
export const FollowUpCountsDocument = operation<FollowUpCountsQuery, FollowUpCountsQueryVariables>(
  documents,
  'FollowUpCounts',
);
export const FollowUpActionsDocument = operation<FollowUpActionsQuery, FollowUpActionsQueryVariables>(
  documents,
  'FollowUpActions',
);
export const ActionItemDetailDocument = operation<ActionItemDetailQuery, ActionItemDetailQueryVariables>(
  documents,
  'ActionItemDetail',
);
export const RecordDecisionDocument = operation<RecordDecisionMutation, RecordDecisionMutationVariables>(
  documents,
  'RecordDecision',
);
export const SetDecisionStatusDocument = operation<SetDecisionStatusMutation, SetDecisionStatusMutationVariables>(
  documents,
  'SetDecisionStatus',
);
export const AddActionItemDocument = operation<AddActionItemMutation, AddActionItemMutationVariables>(
  documents,
  'AddActionItem',
);
