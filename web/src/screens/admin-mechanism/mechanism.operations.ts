import { operation } from '../admin-common/operation';
import source from './mechanism.graphql?raw';
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
  source,
  'AdminMechanismOptions',
);
export const AdminMechanismDocument = operation<AdminMechanismQuery, AdminMechanismQueryVariables>(
  source,
  'AdminMechanism',
);
export const CreateMechanismDocument = operation<CreateMechanismMutation, CreateMechanismMutationVariables>(
  source,
  'CreateMechanism',
);
export const UpdateMechanismDocument = operation<UpdateMechanismMutation, UpdateMechanismMutationVariables>(
  source,
  'UpdateMechanism',
);
export const ConfigureReferralDeadlinesDocument = operation<
  ConfigureReferralDeadlinesMutation,
  ConfigureReferralDeadlinesMutationVariables
>(source, 'ConfigureReferralDeadlines');
