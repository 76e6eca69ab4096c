/**
 * A chip whose text may be longer than a phone's width (a survivor's vulnerability: "Niña, niño o adolescente no
 * acompañado o separado") wraps onto two lines instead of ending in "…", its words whole. Set per chip, not in the
 * theme: the theme ships with the sign-in screen, which has no such chip.
 */
export const WRAPPING_CHIP = {
  maxWidth: '100%',
  height: 'auto',
  minHeight: 24,
  '& .MuiChip-label': { whiteSpace: 'normal', overflowWrap: 'break-word', py: '2px' },
} as const;
