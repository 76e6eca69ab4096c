// Every administration screen in one chunk: they are used by few people, and one chunk that reaches into the
// shell's modules once keeps the first download's own chunks from being re-split (250 kB budget).
export { ApiTokensScreen } from '../admin-api-tokens/api-tokens-screen';
export { AgenciesScreen } from '../admin-agencies/agencies-screen';
export { CountriesScreen } from '../admin-countries/countries-screen';
export { FailedJobsScreen } from '../admin-failed-jobs/failed-jobs-screen';
export { MechanismScreen } from '../admin-mechanism/mechanism-screen';
export { MechanismsScreen } from '../admin-mechanisms/mechanisms-screen';
export { RetentionScreen } from '../admin-retention/retention-screen';
export { UsersScreen } from '../admin-users/users-screen';
