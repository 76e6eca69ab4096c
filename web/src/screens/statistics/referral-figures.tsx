import { useQuery } from '@apollo/client/react';
import { Alert, Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { translateApiError } from '../../api/translate-api-error';
import type { ReferralFiguresQuery, ReferralStatisticsInput } from '../../gql/graphql';
import { useState } from 'react';
import { FigureRecordsList } from './figure-records-list';
import { FigureTable, type FigureRow } from './figure-table';
import { ReferralFiguresDocument } from './statistics.operations';

type Figures = ReferralFiguresQuery['referralStatistics'];
type Cell = Figures['total'];
export type Label = (dimension: string, key: string) => string;

/** The tables in reading order: where (borders, mechanisms, points), when, what, how it went, who. */
const ORDER = [
  'BORDER',
  'MECHANISM',
  'CROSSING_POINT',
  'MONTH',
  'CATEGORY',
  'URGENCY',
  'STATUS',
  'OUTCOME',
  'DECLINE_REASON',
  'HANDLING_CODE',
  'SENDING_COUNTRY',
  'RECEIVING_COUNTRY',
] as const;

export const rowOf = (label: Label, dimension: string, cell: Cell): FigureRow => ({
  key: cell.parent ? `${cell.parent}|${cell.key}` : cell.key,
  label: label(dimension, cell.key),
  count: cell.count ?? null,
  suppression: cell.suppression ?? null,
});

/** Referral figures: headline numbers, then one table per dimension. */
export function ReferralFigures({
  input,
  label,
  canOpen,
}: {
  input: ReferralStatisticsInput;
  label: Label;
  canOpen: boolean;
}) {
  const { t } = useTranslation();
  const [drill, setDrill] = useState<{ dimension: (typeof ORDER)[number]; row: FigureRow } | null>(null);
  const { data, previousData, loading, error } = useQuery(ReferralFiguresDocument, { variables: { input } });
  const figures = (data ?? previousData)?.referralStatistics;
  return (
    <Box component="section" aria-labelledby="referral-figures-title">
      <Typography variant="h2" id="referral-figures-title" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('statistics.referrals')}
      </Typography>
      {loading && <LinearProgress aria-label={t('statistics.loading')} sx={{ mb: 1 }} />}
      {error && <Alert severity="error">{translateApiError(error, t).message}</Alert>}
      {figures && (
        <>
          <Headlines figures={figures} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mt: 2 }}>
            {ORDER.map((dimension) => {
              const cells = figures.tables.find((table) => table.dimension === dimension)?.cells ?? [];
              return (
                <FigureTable
                  key={dimension}
                  id={`referrals-${dimension.toLowerCase()}`}
                  title={t(`statistics.dimension.${dimension}`)}
                  rows={cells.map((cell) => rowOf(label, dimension, cell))}
                  threshold={figures.threshold}
                  onOpen={canOpen && dimension !== 'DECLINE_REASON' ? (row) => setDrill({ dimension, row }) : undefined}
                />
              );
            })}
          </Box>
          {drill && (
            <FigureRecordsList
              kind="figure"
              input={{
                ...input,
                dimension: drill.dimension,
                // A crossing point's row key is "mechanism|point".
                key: drill.row.key.split('|').at(-1)!,
                parent: drill.row.key.includes('|') ? drill.row.key.split('|')[0] : null,
              }}
              title={`${t(`statistics.dimension.${drill.dimension}`)}: ${drill.row.label}`}
            />
          )}
        </>
      )}
    </Box>
  );
}

function Headlines({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const count = (cell: Cell) =>
    cell.count === null || cell.count === undefined
      ? t(`statistics.suppressed.${cell.suppression ?? 'PRIMARY'}`, { threshold: figures.threshold })
      : number.format(cell.count);
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('statistics.notAvailable')
      : t('statistics.hours', { hours: number.format(value) });
  const items: [string, string][] = [
    [t('statistics.total'), count(figures.total)],
    [
      t('statistics.overdue'),
      figures.overdueShare === null || figures.overdueShare === undefined
        ? count(figures.overdue)
        : `${count(figures.overdue)} (${percent.format(figures.overdueShare)})`,
    ],
    [t('statistics.acknowledgeMedian'), hours(figures.timeToAcknowledge.medianHours)],
    [t('statistics.acknowledgeP90'), hours(figures.timeToAcknowledge.p90Hours)],
    [t('statistics.answerMedian'), hours(figures.timeToAnswer.medianHours)],
    [t('statistics.answerP90'), hours(figures.timeToAnswer.p90Hours)],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(6, 1fr)' }, m: 0 }}
    >
      {items.map(([term, value]) => (
        <Paper key={term} variant="outlined" sx={{ p: 1.5 }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0, fontSize: '1.3rem', fontWeight: 600 }}>
            {value}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
