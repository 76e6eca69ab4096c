import { operation } from '../admin-common/operation';
import documents from './agencies.graphql?operations';
import type {
  AdminAgenciesQuery,
  AdminAgenciesQueryVariables,
  CreateAgencyMutation,
  CreateAgencyMutationVariables,
  UpdateAgencyMutation,
  UpdateAgencyMutationVariables,
} from '../../gql/graphql';

// Typed documents of agencies.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminAgenciesDocument = operation<AdminAgenciesQuery, AdminAgenciesQueryVariables>(
  documents,
  'AdminAgencies',
);
export const CreateAgencyDocument = operation<CreateAgencyMutation, CreateAgencyMutationVariables>(
  documents,
  'CreateAgency',
);
export const UpdateAgencyDocument = operation<UpdateAgencyMutation, UpdateAgencyMutationVariables>(
  documents,
  'UpdateAgency',
);
