import { operation } from '../admin-common/operation';
import source from './users.graphql?raw';
import type {
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
export const AdminUsersDocument = operation<AdminUsersQuery, AdminUsersQueryVariables>(source, 'AdminUsers');
export const InviteUserDocument = operation<InviteUserMutation, InviteUserMutationVariables>(source, 'InviteUser');
export const UpdateUserRolesDocument = operation<UpdateUserRolesMutation, UpdateUserRolesMutationVariables>(
  source,
  'UpdateUserRoles',
);
export const DisableUserDocument = operation<DisableUserMutation, DisableUserMutationVariables>(source, 'DisableUser');
export const EnableUserDocument = operation<EnableUserMutation, EnableUserMutationVariables>(source, 'EnableUser');
export const AdminUserAgenciesDocument = operation<AdminUserAgenciesQuery, AdminUserAgenciesQueryVariables>(
  source,
  'AdminUserAgencies',
);
