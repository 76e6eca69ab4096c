import type { InputLimits } from '../../platform/graphql/input-limits';
import { MAX_ATTACHMENTS_PER_MESSAGE, MAX_MESSAGE_LENGTH } from './conversation/conversation.service';
import { MAX_PERSONS } from './referral-draft.validation';

const NAME = 200;
const COMMENT = 2_000;
// Room for a wrong code, so the module's own check answers with its precise message ("use ISO 3166-1").
const COUNTRY_CODE = 10;
const IDEMPOTENCY_KEY = 200;
const TRANSITIONS = [
  'sendReferral',
  'withdrawReferral',
  'acknowledgeReferral',
  'acceptReferral',
  'declineReferral',
  'startReferral',
  'closeReferral',
];

/** Sizes of the referral module's inputs beyond the defaults (1,000 characters, 100 items); stated in the schema. */
export const referralInputLimits: InputLimits = {
  maxLength: {
    'Query.referrals(after:)': 200,
    // A 1 MB search string took 31 s of database time before it had a limit.
    'ReferralFilter.search': 200,
    'ReferralDraftInput.title': 300,
    'ReferralDraftInput.narrative': 20_000,
    'ReferralDraftInput.placeDescription': 300,
    'ReferralPersonInput.givenNames': NAME,
    'ReferralPersonInput.familyNames': NAME,
    'ReferralPersonInput.aliases': NAME,
    'ReferralPersonInput.nationality': COUNTRY_CODE,
    'ReferralPersonInput.phones': 40,
    'IdentityDocumentInput.kind': 40,
    'IdentityDocumentInput.number': 60,
    'IdentityDocumentInput.issuingCountry': COUNTRY_CODE,
    'VehicleInput.plate': 20,
    'VehicleInput.description': 300,
    'PostReferralMessageInput.body': MAX_MESSAGE_LENGTH,
    'ForwardReferralInput.comment': COMMENT,
    'Mutation.refuseReferralForward(reason:)': COMMENT,
    'Mutation.createReferralDraft(idempotencyKey:)': IDEMPOTENCY_KEY,
    ...Object.fromEntries(
      TRANSITIONS.flatMap((mutation) => [
        [`Mutation.${mutation}(idempotencyKey:)`, IDEMPOTENCY_KEY],
        [`Mutation.${mutation}(comment:)`, COMMENT],
        [`Mutation.${mutation}(reason:)`, COMMENT],
      ]),
    ),
  },
  maxItems: {
    'ReferralDraftInput.persons': MAX_PERSONS,
    'ReferralPersonInput.aliases': 20,
    'ReferralPersonInput.identityDocuments': 10,
    'ReferralPersonInput.phones': 10,
    'ReferralPersonInput.vehicles': 10,
    'PostReferralMessageInput.attachmentIds': MAX_ATTACHMENTS_PER_MESSAGE,
    'Mutation.configureReferralDeadlines(deadlines:)': 10,
  },
};
