import { useQuery } from '@apollo/client/react';
import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { translateApiError } from '../../api/translate-api-error';
import type { CoordinationStatisticsInput } from '../../gql/graphql';
import { FigureTable } from './figure-table';
import { type Label, rowOf } from './referral-figures';
import { CoordinationFiguresDocument } from './statistics.operations';

/** Each table and the catalogue words of its rows (`<namespace>.<section>.<value>`). */
const TABLES = [
  ['meetingsHeld', ['coordination', 'kind']],
  ['decisions', ['coordination', 'decisionStatus']],
  ['actions', ['statistics', 'actionStanding']],
] as const;

/** Meetings held, decisions and action items of the mechanisms in scope, each table with its total. */
export function CoordinationFigures({ input, label }: { input: CoordinationStatisticsInput; label: Label }) {
  const { t } = useTranslation();
  const { data, previousData, loading, error } = useQuery(CoordinationFiguresDocument, {
    variables: {
      input: {
        scope: input.scope,
        mechanismId: input.mechanismId,
        from: input.from,
        to: input.to,
        disclosure: input.disclosure,
      },
    },
  });
  const figures = (data ?? previousData)?.coordinationStatistics;
  const named =
    ([namespace, section]: readonly [string, string]) =>
    (_dimension: string, key: string) =>
      t(`${namespace}.${section}.${key}`);
  return (
    <Box component="section" aria-labelledby="coordination-figures-title">
      <Typography variant="h2" id="coordination-figures-title" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('statistics.coordination')}
      </Typography>
      {loading && <LinearProgress aria-label={t('statistics.loading')} sx={{ mb: 1 }} />}
      {error && <Alert severity="error">{translateApiError(error, t).message}</Alert>}
      {figures && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: 'repeat(3, 1fr)' } }}>
          {TABLES.map(([name, prefix]) => (
            <FigureTable
              key={name}
              id={`coordination-${name}`}
              title={t(`statistics.coordinationTable.${name}`)}
              rows={figures[name].cells.map((cell) => rowOf(named(prefix), name, cell))}
              total={{ ...rowOf(label, 'TOTAL', figures[name].total), label: t('statistics.total') }}
              threshold={figures.threshold}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}
