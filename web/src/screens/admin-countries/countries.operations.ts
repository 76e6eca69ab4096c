import { operation } from '../admin-common/operation';
import documents from './countries.graphql?operations';
import type {
  AdminCountriesQuery,
  AdminCountriesQueryVariables,
  CreateCountryMutation,
  CreateCountryMutationVariables,
  UpdateCountryMutation,
  UpdateCountryMutationVariables,
} from '../../gql/graphql';

// Typed documents of countries.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const AdminCountriesDocument = operation<AdminCountriesQuery, AdminCountriesQueryVariables>(
  documents,
  'AdminCountries',
);
export const CreateCountryDocument = operation<CreateCountryMutation, CreateCountryMutationVariables>(
  documents,
  'CreateCountry',
);
export const UpdateCountryDocument = operation<UpdateCountryMutation, UpdateCountryMutationVariables>(
  documents,
  'UpdateCountry',
);
