import { operation } from '../admin-common/operation';
import documents from './users.graphql?operations';
import type {
  AdminRoleGrantsQuery,
  AdminRoleGrantsQueryVariables,
  ApproveRoleGrantMutation,
  ApproveRoleGrantMutationVariables,
  RefuseRoleGrantMutation,
  RefuseRoleGrantMutationVariables,
  AdminUserAgenciesQuery,
  AdminUserAgenciesQueryVariables,
  AdminUsersQuery,
  AdminUsersQueryVariables,
  DisableUserMutation,
  DisableUserMutationVariables,
  EnableUserMutation,
  EnableUserMutationVariables,
  InviteUserMutation,
  InviteUserMutationVariables,
  UpdateUserRolesMutation,
  UpdateUserRolesMutationVariables,
} from '../../gql/graphql';

// Typed documents of users.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminUsersDocument = operation<AdminUsersQuery, AdminUsersQueryVariables>(documents, 'AdminUsers');
export const InviteUserDocument = operation<InviteUserMutation, InviteUserMutationVariables>(documents, 'InviteUser');
export const UpdateUserRolesDocument = operation<UpdateUserRolesMutation, UpdateUserRolesMutationVariables>(
  documents,
  'UpdateUserRoles',
);
export const DisableUserDocument = operation<DisableUserMutation, DisableUserMutationVariables>(
  documents,
  'DisableUser',
);
export const EnableUserDocument = operation<EnableUserMutation, EnableUserMutationVariables>(documents, 'EnableUser');
export const AdminUserAgenciesDocument = operation<AdminUserAgenciesQuery, AdminUserAgenciesQueryVariables>(
  documents,
  'AdminUserAgencies',
);
export const AdminRoleGrantsDocument = operation<AdminRoleGrantsQuery, AdminRoleGrantsQueryVariables>(
  documents,
  'AdminRoleGrants',
);
export const ApproveRoleGrantDocument = operation<ApproveRoleGrantMutation, ApproveRoleGrantMutationVariables>(
  documents,
  'ApproveRoleGrant',
);
export const RefuseRoleGrantDocument = operation<RefuseRoleGrantMutation, RefuseRoleGrantMutationVariables>(
  documents,
  'RefuseRoleGrant',
);
