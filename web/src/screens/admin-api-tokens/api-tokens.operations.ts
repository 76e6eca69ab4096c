import { operation } from '../admin-common/operation';
import source from './api-tokens.graphql?raw';
import type {
  AdminApiTokensQuery,
  AdminApiTokensQueryVariables,
  CreateApiTokenMutation,
  CreateApiTokenMutationVariables,
  RevokeApiTokenMutation,
  RevokeApiTokenMutationVariables,
} from '../../gql/graphql';

// Typed documents of api-tokens.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminApiTokensDocument = operation<AdminApiTokensQuery, AdminApiTokensQueryVariables>(
  source,
  'AdminApiTokens',
);
export const CreateApiTokenDocument = operation<CreateApiTokenMutation, CreateApiTokenMutationVariables>(
  source,
  'CreateApiToken',
);
export const RevokeApiTokenDocument = operation<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>(
  source,
  'RevokeApiToken',
);
