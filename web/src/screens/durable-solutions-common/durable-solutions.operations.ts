import { operation } from '../admin-common/operation';
import documents from './durable-solutions.graphql?operations';
import type {
  AssessDurableCriterionMutation,
  AssessDurableCriterionMutationVariables,
  DurablePlanOfSurvivorQuery,
  DurablePlanOfSurvivorQueryVariables,
  MyDurablePlansQuery,
  MyDurablePlansQueryVariables,
  OpenDurablePlanMutation,
  OpenDurablePlanMutationVariables,
  SolutionReferralOptionsQuery,
  SolutionReferralOptionsQueryVariables,
  ReceivedSolutionReferralsQuery,
  ReceivedSolutionReferralsQueryVariables,
  SendSolutionReferralMutation,
  SendSolutionReferralMutationVariables,
  ConfirmSolutionReferralMutation,
  ConfirmSolutionReferralMutationVariables,
  RespondToSolutionReferralMutation,
  RespondToSolutionReferralMutationVariables,
  RecordHandOverMutation,
  RecordHandOverMutationVariables,
  CloseSolutionReferralMutation,
  CloseSolutionReferralMutationVariables,
  FileFollowUpMutation,
  FileFollowUpMutationVariables,
} from '../../gql/graphql';

// Typed documents of durable-solutions.graphql, built into the durable-solutions screens' chunk.
export const MyDurablePlansDocument = operation<MyDurablePlansQuery, MyDurablePlansQueryVariables>(
  documents,
  'MyDurablePlans',
);
export const DurablePlanOfSurvivorDocument = operation<DurablePlanOfSurvivorQuery, DurablePlanOfSurvivorQueryVariables>(
  documents,
  'DurablePlanOfSurvivor',
);
export const OpenDurablePlanDocument = operation<OpenDurablePlanMutation, OpenDurablePlanMutationVariables>(
  documents,
  'OpenDurablePlan',
);
export const AssessDurableCriterionDocument = operation<
  AssessDurableCriterionMutation,
  AssessDurableCriterionMutationVariables
>(documents, 'AssessDurableCriterion');
export const SolutionReferralOptionsDocument = operation<
  SolutionReferralOptionsQuery,
  SolutionReferralOptionsQueryVariables
>(documents, 'SolutionReferralOptions');
export const ReceivedSolutionReferralsDocument = operation<
  ReceivedSolutionReferralsQuery,
  ReceivedSolutionReferralsQueryVariables
>(documents, 'ReceivedSolutionReferrals');
export const SendSolutionReferralDocument = operation<
  SendSolutionReferralMutation,
  SendSolutionReferralMutationVariables
>(documents, 'SendSolutionReferral');
export const ConfirmSolutionReferralDocument = operation<
  ConfirmSolutionReferralMutation,
  ConfirmSolutionReferralMutationVariables
>(documents, 'ConfirmSolutionReferral');
export const RespondToSolutionReferralDocument = operation<
  RespondToSolutionReferralMutation,
  RespondToSolutionReferralMutationVariables
>(documents, 'RespondToSolutionReferral');
export const RecordHandOverDocument = operation<RecordHandOverMutation, RecordHandOverMutationVariables>(
  documents,
  'RecordHandOver',
);
export const CloseSolutionReferralDocument = operation<
  CloseSolutionReferralMutation,
  CloseSolutionReferralMutationVariables
>(documents, 'CloseSolutionReferral');
export const FileFollowUpDocument = operation<FileFollowUpMutation, FileFollowUpMutationVariables>(
  documents,
  'FileFollowUp',
);
