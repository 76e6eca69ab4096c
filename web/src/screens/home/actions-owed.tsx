import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { useQuery } from '@apollo/client/react';
import { Card, CardContent, Chip, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDay } from '../../dates/format-calendar-day';
import { useLanguage } from '../../i18n/use-language';
import { HomeActionsOwedDocument } from './actions-owed.generated';

/**
 * What the user's agency owes to the mechanisms it belongs to (`actionsOwed`: its open actions, soonest due
 * first), each a link to the action's page where its staff report progress. Shown only when something is owed.
 */
export function ActionsOwed() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { data } = useQuery(HomeActionsOwedDocument, {
    context: { handlesErrors: true },
    fetchPolicy: 'cache-and-network',
  });
  const owed = data?.actionsOwed ?? [];
  if (owed.length === 0) return null;
  const overdue = owed.filter((action) => action.overdue).length;
  return (
    <Card variant="outlined" component="section" aria-labelledby="home-actions-owed">
      <CardContent>
        <Typography id="home-actions-owed" variant="h2" gutterBottom>
          {t('home.owed.title')}
        </Typography>
        <Typography color={overdue > 0 ? 'error' : 'text.secondary'} sx={{ display: 'flex', gap: 1 }}>
          {overdue > 0 && <WarningIcon aria-hidden />}
          {t('home.owed.summary', { count: owed.length, overdue })}
        </Typography>
        <List dense disablePadding>
          {owed.map((action) => (
            <ListItem key={action.id} disablePadding>
              <ListItemButton component={Link} to={`/coordination/actions/${action.id}`}>
                <ListItemText
                  primary={action.title}
                  secondary={t('home.owed.line', {
                    date: formatCalendarDay(String(action.dueDate), language),
                    meeting: action.meetingTitle,
                  })}
                />
                {action.overdue && (
                  <Chip size="small" label={t('home.owed.overdue')} sx={{ ml: 1, bgcolor: '#b71c1c', color: '#fff' }} />
                )}
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
