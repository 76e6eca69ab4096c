/**
 * Lists the forms keep as one text, separated by commas ("es, miq"; "+502 5555 0000, +502 4444 0000"): what a
 * text field holds and a picker shows as chips. No zod here: the pickers use these on screens that load their
 * rules later (lazy-resolver.ts).
 */

/** The items of "a, b, c": trimmed, the empty ones left out. */
export const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The items as the forms keep them: "a, b, c". */
export const joinList = (items: readonly string[]) => items.join(', ');
