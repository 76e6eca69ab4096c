import type { InputLimits } from '../../platform/graphql/input-limits';
import { SURVIVOR_LIMITS } from './survivor.validation';

/**
 * Sizes of the protection module's inputs beyond the platform's defaults (1,000 characters, 100 items), stated in
 * the schema and checked before any resolver runs; the services check the tighter limits of shorter fields.
 */
export const protectionInputLimits: InputLimits = {
  maxLength: {
    'ExploitationInput.notes': SURVIVOR_LIMITS.notes,
    'ConsentOverrideInput.reason': 2_000,
    'ServiceReferralInput.note': 2_000,
    'ProtectionReferralInput.note': 2_000,
    'DirectoryServiceInput.description': 2_000,
    'ScreeningInput.conclusionNotes': 2_000,
    'ServiceReferralMessageInput.body': 4_000,
  },
  maxItems: { 'ServiceReferralMessageInput.attachmentIds': 5 },
};
