import { registerEnumType } from 'type-graphql';

/** Where a referral to a service stands: sent, accepted or declined by the provider, service delivered, closed. */
export enum ServiceReferralStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  DELIVERED = 'DELIVERED',
  CLOSED = 'CLOSED',
}

/** A step of a referral's life: the provider accepts, declines or reports delivery; the referring agency closes. */
export enum ServiceReferralStep {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  DELIVER = 'DELIVER',
  CLOSE = 'CLOSE',
}

/** The survivor's data a referral may carry: the personal fields of the record and its vulnerabilities. */
export enum SharedField {
  givenNames = 'givenNames',
  familyNames = 'familyNames',
  aliases = 'aliases',
  dateOfBirth = 'dateOfBirth',
  estimatedAge = 'estimatedAge',
  sex = 'sex',
  genderIdentity = 'genderIdentity',
  nationality = 'nationality',
  languages = 'languages',
  identityDocuments = 'identityDocuments',
  phones = 'phones',
  email = 'email',
  currentLocation = 'currentLocation',
  exploitations = 'exploitations',
  vulnerabilities = 'vulnerabilities',
}

registerEnumType(ServiceReferralStatus, { name: 'ServiceReferralStatus' });
registerEnumType(ServiceReferralStep, { name: 'ServiceReferralStep' });
registerEnumType(SharedField, {
  name: 'SharedField',
  description: "A field of the survivor's data a referral carries",
});
