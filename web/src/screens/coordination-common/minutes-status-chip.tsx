import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';

// Colours with enough contrast for white text (axe, WCAG AA).
const STYLE: Record<string, { bgcolor: string; color: string }> = {
  DRAFT: { bgcolor: '#546e7a', color: '#fff' },
  CIRCULATED: { bgcolor: '#8a4b00', color: '#fff' },
  APPROVED: { bgcolor: '#1b5e20', color: '#fff' },
};

/** Where a meeting's minutes are: draft, circulated for comment, or approved (with the revision in force). */
export function MinutesStatusChip({ status, revision }: { status: string; revision: number }) {
  const { t } = useTranslation();
  const label =
    status === 'APPROVED' && revision > 1
      ? t('coordination.minutesStatus.APPROVED_REVISION', { revision })
      : t(`coordination.minutesStatus.${status}`);
  return <Chip size="small" label={label} sx={STYLE[status]} />;
}
