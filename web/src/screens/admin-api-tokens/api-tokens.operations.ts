import { operation } from '../admin-common/operation';
import documents from './api-tokens.graphql?operations';
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
  documents,
  'AdminApiTokens',
);
export const CreateApiTokenDocument = operation<CreateApiTokenMutation, CreateApiTokenMutationVariables>(
  documents,
  'CreateApiToken',
);
export const RevokeApiTokenDocument = operation<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>(
  documents,
  'RevokeApiToken',
);
