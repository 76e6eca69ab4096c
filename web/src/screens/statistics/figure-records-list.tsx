import { useQuery } from '@apollo/client/react';
import { Alert, Box, Link, List, ListItem, Paper, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { translateApiError } from '../../api/translate-api-error';
import type { FigureRecordsInput } from '../../gql/graphql';
import { FigureRecordsDocument } from './statistics.operations';

/**
 * The referrals behind one figure that the user may open, each a link by its reference. The server lists only
 * those (never the others), so the list may be shorter than the figure: it says so.
 */
export function FigureRecordsList({
  input,
  title,
  kind,
}: {
  input: FigureRecordsInput;
  title: string;
  /** A table cell's referrals, or those a data-quality indicator flags (to correct). */
  kind: 'figure' | 'quality';
}) {
  const { t } = useTranslation();
  // Both lists may be open at once: each heading needs an id of its own.
  const titleId = useId();
  const { data, loading, error } = useQuery(FigureRecordsDocument, { variables: { input } });
  const answer = data?.figureRecords;
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} component="section" aria-labelledby={titleId}>
      <Typography variant="h3" id={titleId} sx={{ fontSize: '1.1rem' }}>
        {t(kind === 'quality' ? 'statistics.records.title' : 'statistics.records.figureTitle', { figure: title })}
      </Typography>
      <Typography color="text.secondary" variant="body2">
        {t('statistics.records.note')}
      </Typography>
      {loading && <Typography>{t('statistics.loading')}</Typography>}
      {error && <Alert severity="error">{translateApiError(error, t).message}</Alert>}
      {answer && answer.records.length === 0 && <Typography sx={{ mt: 1 }}>{t('statistics.records.none')}</Typography>}
      {answer && answer.records.length > 0 && (
        <Box>
          <List dense data-figure-records="">
            {answer.records.map((record) => (
              <ListItem key={record.id} disableGutters>
                <Link component={RouterLink} to={`/referrals/${record.id}`}>
                  {record.reference ?? t('statistics.records.noReference')}
                </Link>
              </ListItem>
            ))}
          </List>
          {answer.more && <Alert severity="info">{t('statistics.records.more', { limit: answer.limit })}</Alert>}
        </Box>
      )}
    </Paper>
  );
}
