import { operation } from '../admin-common/operation';
import source from './agencies.graphql?raw';
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
  source,
  'AdminAgencies',
);
export const CreateAgencyDocument = operation<CreateAgencyMutation, CreateAgencyMutationVariables>(
  source,
  'CreateAgency',
);
export const UpdateAgencyDocument = operation<UpdateAgencyMutation, UpdateAgencyMutationVariables>(
  source,
  'UpdateAgency',
);
