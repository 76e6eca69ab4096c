import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpActionsQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { actionPath, meetingPath } from '../coordination-common/meeting-terms';

type BoardAction = FollowUpActionsQuery['followUpActions']['edges'][number]['node'];

/**
 * The board's actions as a list of rows that wrap: one line per action on a wide screen, stacked on a phone
 * (390 px), with no horizontal scrolling.
 */
export function BoardTable({ actions }: { actions: BoardAction[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (actions.length === 0) return <Typography color="text.secondary">{t('coordination.board.empty')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('coordination.board.actions')}>
      {actions.map((action) => (
        <Box component="li" key={action.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <Link to={actionPath(action.id)}>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {action.title}
              </Typography>
            </Link>
            <Chip size="small" variant="outlined" label={t(`coordination.actionStatus.${action.status}`)} />
            {action.overdue && (
              <Chip size="small" label={t('coordination.actions.overdue')} sx={{ bgcolor: '#b71c1c', color: '#fff' }} />
            )}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('coordination.actions.line', {
              agency: action.ownerAgency.acronym,
              date: formatLocalDate(action.dueDate, language) || action.dueDate,
              priority: t(`coordination.priority.${action.priority}`),
            })}
            {action.decision && ` · ${action.decision.reference}`}
          </Typography>
          {action.meetingId && (
            <Typography variant="body2">
              <Link to={meetingPath(action.meetingId)}>{action.meetingTitle}</Link>
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
