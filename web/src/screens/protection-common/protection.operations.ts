import { operation } from '../admin-common/operation';
import documents from './protection.graphql?operations';
import type {
  ConsentOptionsQuery,
  ConsentOptionsQueryVariables,
  RecordConsentMutation,
  RecordConsentMutationVariables,
  SurvivorConsentsQuery,
  SurvivorConsentsQueryVariables,
  WithdrawConsentMutation,
  WithdrawConsentMutationVariables,
  AssignSurvivorCaseMutation,
  AssignSurvivorCaseMutationVariables,
  CaseloadColleaguesQuery,
  CaseloadColleaguesQueryVariables,
  CaseloadQuery,
  CaseloadQueryVariables,
  CloseSurvivorCaseMutation,
  CloseSurvivorCaseMutationVariables,
  RegisterSurvivorMutation,
  RegisterSurvivorMutationVariables,
  ReopenSurvivorCaseMutation,
  ReopenSurvivorCaseMutationVariables,
  SurvivorPersonalDataQuery,
  SurvivorPersonalDataQueryVariables,
  SurvivorQuery,
  SurvivorQueryVariables,
  SurvivorsByDocumentQuery,
  SurvivorsByDocumentQueryVariables,
} from '../../gql/graphql';

// Typed documents of protection.graphql, built into the protection screens' chunk (see admin-common/operation.ts).
export const CaseloadDocument = operation<CaseloadQuery, CaseloadQueryVariables>(documents, 'Caseload');
export const SurvivorsByDocumentDocument = operation<SurvivorsByDocumentQuery, SurvivorsByDocumentQueryVariables>(
  documents,
  'SurvivorsByDocument',
);
export const SurvivorDocument = operation<SurvivorQuery, SurvivorQueryVariables>(documents, 'Survivor');
export const SurvivorPersonalDataDocument = operation<SurvivorPersonalDataQuery, SurvivorPersonalDataQueryVariables>(
  documents,
  'SurvivorPersonalData',
);
export const CaseloadColleaguesDocument = operation<CaseloadColleaguesQuery, CaseloadColleaguesQueryVariables>(
  documents,
  'CaseloadColleagues',
);
export const RegisterSurvivorDocument = operation<RegisterSurvivorMutation, RegisterSurvivorMutationVariables>(
  documents,
  'RegisterSurvivor',
);
export const AssignSurvivorCaseDocument = operation<AssignSurvivorCaseMutation, AssignSurvivorCaseMutationVariables>(
  documents,
  'AssignSurvivorCase',
);
export const CloseSurvivorCaseDocument = operation<CloseSurvivorCaseMutation, CloseSurvivorCaseMutationVariables>(
  documents,
  'CloseSurvivorCase',
);
export const ReopenSurvivorCaseDocument = operation<ReopenSurvivorCaseMutation, ReopenSurvivorCaseMutationVariables>(
  documents,
  'ReopenSurvivorCase',
);
export const SurvivorConsentsDocument = operation<SurvivorConsentsQuery, SurvivorConsentsQueryVariables>(
  documents,
  'SurvivorConsents',
);
export const ConsentOptionsDocument = operation<ConsentOptionsQuery, ConsentOptionsQueryVariables>(
  documents,
  'ConsentOptions',
);
export const RecordConsentDocument = operation<RecordConsentMutation, RecordConsentMutationVariables>(
  documents,
  'RecordConsent',
);
export const WithdrawConsentDocument = operation<WithdrawConsentMutation, WithdrawConsentMutationVariables>(
  documents,
  'WithdrawConsent',
);
