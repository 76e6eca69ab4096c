import type { InputLimits } from '../../platform/graphql/input-limits';
import { PASSWORD_MAX_LENGTH } from './auth/user-input.rules';

const NAME = 200;
const EMAIL = 254;
const LOCALE = 10;
const TIME_ZONE = 64;
const CODE = 32;
const CURSOR = 200;
// Room for a wrong code, so the module's own check answers with its precise message ("use ISO 3166-1").
const COUNTRY_CODE = 10;

/** Sizes of the identity module's inputs beyond the defaults (1,000 characters, 100 items); stated in the schema. */
export const identityInputLimits: InputLimits = {
  maxLength: {
    'Query.users(after:)': CURSOR,
    'AgencyFilter.countryCode': COUNTRY_CODE,
    'Mutation.signIn(email:)': EMAIL,
    'Mutation.confirmTotpEnrolment(code:)': CODE,
    'Mutation.verifyTotp(code:)': CODE,
    'Mutation.acceptInvitation(password:)': PASSWORD_MAX_LENGTH,
    'Mutation.acceptInvitation(token:)': 200,
    'Mutation.changeMyPassword(newPassword:)': PASSWORD_MAX_LENGTH,
    'CreateApiTokenInput.name': NAME,
    'CreateApiTokenInput.scopes': 100,
    'InviteUserInput.email': EMAIL,
    'InviteUserInput.name': NAME,
    'InviteUserInput.locale': LOCALE,
    'InviteUserInput.timeZone': TIME_ZONE,
    'UpdateUserInput.name': NAME,
    'UpdateUserInput.locale': LOCALE,
    'UpdateUserInput.timeZone': TIME_ZONE,
    'UpdateMyProfileInput.name': NAME,
    'UpdateMyProfileInput.locale': LOCALE,
    'UpdateMyProfileInput.timeZone': TIME_ZONE,
    'CreateCountryInput.code': COUNTRY_CODE,
    'CreateCountryInput.defaultLocale': LOCALE,
    'CreateCountryInput.timeZone': TIME_ZONE,
    'UpdateCountryInput.code': COUNTRY_CODE,
    'UpdateCountryInput.defaultLocale': LOCALE,
    'UpdateCountryInput.timeZone': TIME_ZONE,
    'LocalizedNamesInput.es': NAME,
    'LocalizedNamesInput.en': NAME,
    'LocalizedNamesInput.pt': NAME,
    'LocalizedNamesInput.fr': NAME,
    'CreateAgencyInput.countryCode': COUNTRY_CODE,
    'CreateAgencyInput.name': NAME,
    'CreateAgencyInput.acronym': 20,
    'UpdateAgencyInput.name': NAME,
    'UpdateAgencyInput.acronym': 20,
    'CreateMechanismInput.countryCodes': COUNTRY_CODE,
    'UpdateMechanismInput.countryCodes': COUNTRY_CODE,
    'CrossingPointInput.name': NAME,
  },
  maxItems: {
    'CreateApiTokenInput.roles': 10,
    'CreateApiTokenInput.scopes': 20,
    'InviteUserInput.roles': 10,
    'UpdateUserInput.roles': 10,
    'CreateMechanismInput.countryCodes': 10,
    'UpdateMechanismInput.countryCodes': 10,
    'CreateMechanismInput.memberAgencyIds': 50,
    'UpdateMechanismInput.memberAgencyIds': 50,
    'CreateMechanismInput.crossingPoints': 50,
    'UpdateMechanismInput.crossingPoints': 50,
  },
  // Countries are federation entities keyed by their ISO 3166-1 alpha-2 code, not a UUID.
  entityKeys: { Country: /^[A-Z]{2}$/ },
};
