import { operation } from '../admin-common/operation';
import source from './countries.graphql?raw';
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
  source,
  'AdminCountries',
);
export const CreateCountryDocument = operation<CreateCountryMutation, CreateCountryMutationVariables>(
  source,
  'CreateCountry',
);
export const UpdateCountryDocument = operation<UpdateCountryMutation, UpdateCountryMutationVariables>(
  source,
  'UpdateCountry',
);
