import { operation } from '../admin-common/operation';
import documents from './durable-solutions.graphql?operations';
import type {
  AssessDurableCriterionMutation,
  AssessDurableCriterionMutationVariables,
  DurablePlanOfSurvivorQuery,
  DurablePlanOfSurvivorQueryVariables,
  MyDurablePlansQuery,
  MyDurablePlansQueryVariables,
  OpenDurablePlanMutation,
  OpenDurablePlanMutationVariables,
} from '../../gql/graphql';

// Typed documents of durable-solutions.graphql, built into the durable-solutions screens' chunk.
export const MyDurablePlansDocument = operation<MyDurablePlansQuery, MyDurablePlansQueryVariables>(
  documents,
  'MyDurablePlans',
);
export const DurablePlanOfSurvivorDocument = operation<DurablePlanOfSurvivorQuery, DurablePlanOfSurvivorQueryVariables>(
  documents,
  'DurablePlanOfSurvivor',
);
export const OpenDurablePlanDocument = operation<OpenDurablePlanMutation, OpenDurablePlanMutationVariables>(
  documents,
  'OpenDurablePlan',
);
export const AssessDurableCriterionDocument = operation<
  AssessDurableCriterionMutation,
  AssessDurableCriterionMutationVariables
>(documents, 'AssessDurableCriterion');
