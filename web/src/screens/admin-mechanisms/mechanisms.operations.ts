import { operation } from '../admin-common/operation';
import source from './mechanisms.graphql?raw';
import type { AdminMechanismsQuery, AdminMechanismsQueryVariables } from '../../gql/graphql';

// Typed documents of mechanisms.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminMechanismsDocument = operation<AdminMechanismsQuery, AdminMechanismsQueryVariables>(
  source,
  'AdminMechanisms',
);
