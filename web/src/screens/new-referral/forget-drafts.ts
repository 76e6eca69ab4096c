// Where the referral forms being written are kept, and how they are erased when a session ends. Apart from
// referral-draft-storage.ts (which re-exports it) so the shell can erase drafts without the referral form's
// schema, zod and the inbox's components in its first download.

/** A new referral's typing, per user; an opened server draft's unsaved typing, per user and draft. */
export const newReferralKey = (userId: string) => `enlace.newReferral.${userId}`;
export const draftEditKey = (userId: string, draftId: string) => `enlace.referralDraft.${userId}.${draftId}`;
const DRAFT_KEY_PREFIXES = ['enlace.newReferral.', 'enlace.referralDraft.'];

/** Erases every kept referral form of every user from this browser (both storages). */
export function forgetAllDrafts(): void {
  for (const storage of storages()) {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => key !== null && DRAFT_KEY_PREFIXES.some((prefix) => key.startsWith(prefix)),
    );
    for (const key of keys) storage.removeItem(key);
  }
}

function storages(): Storage[] {
  const found: Storage[] = [];
  for (const pick of [() => window.localStorage, () => window.sessionStorage]) {
    try {
      found.push(pick());
    } catch {
      // Disabled in some locked-down browsers: nothing was kept there.
    }
  }
  return found;
}
