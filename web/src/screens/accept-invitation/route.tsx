export { AcceptInvitationScreen as Component } from './accept-invitation-screen';
