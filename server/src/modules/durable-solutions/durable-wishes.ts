import { openJson, sealJson, unwrapDataKey } from '../../platform/crypto/envelope';
import type { Keyring } from '../../platform/crypto/keyring';
import type { Survivor } from '../protection';
import type { DurablePlan } from './durable-plan.entity';

const PURPOSE = 'durable_plan.wishes';

// Sealed with the survivor's own data key (bound to the plan's id): `pnpm keys:rotate` re-wraps that key, so
// the wishes stay readable across rotations without being re-encrypted.
const keyOf = (keyring: Keyring, survivor: Survivor) =>
  unwrapDataKey(keyring, { wrapped: survivor.dataKey, keyId: survivor.keyId }, survivor.id);

export function sealWishes(keyring: Keyring, survivor: Survivor, plan: DurablePlan, wishes: string): Buffer {
  return sealJson(keyOf(keyring, survivor), plan.id, PURPOSE, wishes);
}

/** The wishes in the person's words. Call only after the field guard allowed the read. */
export function openWishes(keyring: Keyring, survivor: Survivor, plan: DurablePlan): string {
  return openJson<string>(keyOf(keyring, survivor), plan.id, PURPOSE, plan.sealedWishes);
}
