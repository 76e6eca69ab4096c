import type { EnlaceOperationContext } from '../../api/apollo-client';

/** The detail screen shows its operations' errors itself, next to what failed. */
export const context: EnlaceOperationContext = { handlesErrors: true };

export { Section } from '../../forms/section';

export const definitionList = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
  columnGap: 3,
  rowGap: 0.75,
  m: 0,
  '& dt': { color: 'text.secondary' },
  '& dd': { m: 0, overflowWrap: 'anywhere' },
} as const;
