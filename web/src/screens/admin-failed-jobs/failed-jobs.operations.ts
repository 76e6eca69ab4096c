import { operation } from '../admin-common/operation';
import documents from './failed-jobs.graphql?operations';
import type {
  AdminFailedJobsQuery,
  AdminFailedJobsQueryVariables,
  DiscardFailedJobMutation,
  DiscardFailedJobMutationVariables,
  RetryFailedJobMutation,
  RetryFailedJobMutationVariables,
} from '../../gql/graphql';

// Typed documents of failed-jobs.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminFailedJobsDocument = operation<AdminFailedJobsQuery, AdminFailedJobsQueryVariables>(
  documents,
  'AdminFailedJobs',
);
export const RetryFailedJobDocument = operation<RetryFailedJobMutation, RetryFailedJobMutationVariables>(
  documents,
  'RetryFailedJob',
);
export const DiscardFailedJobDocument = operation<DiscardFailedJobMutation, DiscardFailedJobMutationVariables>(
  documents,
  'DiscardFailedJob',
);
