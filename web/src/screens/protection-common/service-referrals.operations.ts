import { operation } from '../admin-common/operation';
import documents from './service-referrals.graphql?operations';
import type {
  ServiceDirectoryQuery,
  ServiceDirectoryQueryVariables,
  SaveDirectoryServiceMutation,
  SaveDirectoryServiceMutationVariables,
  ReferralFieldOptionsQuery,
  ReferralFieldOptionsQueryVariables,
  ReferToServiceMutation,
  ReferToServiceMutationVariables,
  ServiceReferralsQuery,
  ServiceReferralsQueryVariables,
  ServiceReferralQuery,
  ServiceReferralQueryVariables,
  StepServiceReferralMutation,
  StepServiceReferralMutationVariables,
  SurvivorServiceReferralsQuery,
  SurvivorServiceReferralsQueryVariables,
  ScreeningFormQuery,
  ScreeningFormQueryVariables,
  SurvivorScreeningsQuery,
  SurvivorScreeningsQueryVariables,
  RecordScreeningMutation,
  RecordScreeningMutationVariables,
} from '../../gql/graphql';

// Typed documents of service-referrals.graphql (referrals to services, the directory, screening), in the
// protection screens' chunk.
export const ServiceDirectoryDocument = operation<ServiceDirectoryQuery, ServiceDirectoryQueryVariables>(
  documents,
  'ServiceDirectory',
);
export const SaveDirectoryServiceDocument = operation<
  SaveDirectoryServiceMutation,
  SaveDirectoryServiceMutationVariables
>(documents, 'SaveDirectoryService');
export const ReferralFieldOptionsDocument = operation<ReferralFieldOptionsQuery, ReferralFieldOptionsQueryVariables>(
  documents,
  'ReferralFieldOptions',
);
export const ReferToServiceDocument = operation<ReferToServiceMutation, ReferToServiceMutationVariables>(
  documents,
  'ReferToService',
);
export const ServiceReferralsDocument = operation<ServiceReferralsQuery, ServiceReferralsQueryVariables>(
  documents,
  'ServiceReferrals',
);
export const ServiceReferralDocument = operation<ServiceReferralQuery, ServiceReferralQueryVariables>(
  documents,
  'ServiceReferral',
);
export const StepServiceReferralDocument = operation<StepServiceReferralMutation, StepServiceReferralMutationVariables>(
  documents,
  'StepServiceReferral',
);
export const SurvivorServiceReferralsDocument = operation<
  SurvivorServiceReferralsQuery,
  SurvivorServiceReferralsQueryVariables
>(documents, 'SurvivorServiceReferrals');
export const ScreeningFormDocument = operation<ScreeningFormQuery, ScreeningFormQueryVariables>(
  documents,
  'ScreeningForm',
);
export const SurvivorScreeningsDocument = operation<SurvivorScreeningsQuery, SurvivorScreeningsQueryVariables>(
  documents,
  'SurvivorScreenings',
);
export const RecordScreeningDocument = operation<RecordScreeningMutation, RecordScreeningMutationVariables>(
  documents,
  'RecordScreening',
);
