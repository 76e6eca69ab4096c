export { IdentityChecksScreen as Component } from './identity-checks-screen';
