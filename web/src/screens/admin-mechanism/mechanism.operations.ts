import { operation } from '../admin-common/operation';
import documents from './mechanism.graphql?operations';
import type {
  AdminMechanismOptionsQuery,
  AdminMechanismOptionsQueryVariables,
  AdminMechanismQuery,
  AdminMechanismQueryVariables,
  ConfigureReferralDeadlinesMutation,
  ConfigureReferralDeadlinesMutationVariables,
  CreateMechanismMutation,
  CreateMechanismMutationVariables,
  UpdateMechanismMutation,
  UpdateMechanismMutationVariables,
} from '../../gql/graphql';

// Typed documents of mechanism.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminMechanismOptionsDocument = operation<AdminMechanismOptionsQuery, AdminMechanismOptionsQueryVariables>(
  documents,
  'AdminMechanismOptions',
);
export const AdminMechanismDocument = operation<AdminMechanismQuery, AdminMechanismQueryVariables>(
  documents,
  'AdminMechanism',
);
export const CreateMechanismDocument = operation<CreateMechanismMutation, CreateMechanismMutationVariables>(
  documents,
  'CreateMechanism',
);
export const UpdateMechanismDocument = operation<UpdateMechanismMutation, UpdateMechanismMutationVariables>(
  documents,
  'UpdateMechanism',
);
export const ConfigureReferralDeadlinesDocument = operation<
  ConfigureReferralDeadlinesMutation,
  ConfigureReferralDeadlinesMutationVariables
>(documents, 'ConfigureReferralDeadlines');
