import { operation } from '../admin-common/operation';
import documents from './mechanisms.graphql?operations';
import type { AdminMechanismsQuery, AdminMechanismsQueryVariables } from '../../gql/graphql';

// Typed documents of mechanisms.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminMechanismsDocument = operation<AdminMechanismsQuery, AdminMechanismsQueryVariables>(
  documents,
  'AdminMechanisms',
);
