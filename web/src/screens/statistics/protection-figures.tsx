import { useQuery } from '@apollo/client/react';
import { Alert, Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { translateApiError } from '../../api/translate-api-error';
import type { CoordinationStatisticsInput, ProtectionFiguresQuery } from '../../gql/graphql';
import { FigureTable } from './figure-table';
import { type Label, rowOf } from './referral-figures';
import { ProtectionFiguresDocument } from './statistics.operations';

type Figures = ProtectionFiguresQuery['protectionStatistics'];

/** The catalogue words of each table's rows; age bands and nationalities are named without one. */
const WORDS: Record<string, readonly [string, string] | null> = {
  SEX: ['protection', 'sex'],
  AGE_BAND: null,
  NATIONALITY: null,
  EXPLOITATION: ['protection', 'exploitation'],
  SERVICE: ['protection', 'service'],
  SERVICE_STATUS: ['protection', 'referralStatus'],
  SOLUTION: ['durableSolutions', 'solution'],
  PLAN_STATUS: ['durableSolutions', 'status'],
  PLAN_OUTCOME: ['statistics', 'planOutcome'],
  CRITERION_MET: ['durableSolutions', 'criterion'],
};

/** Which headline each group of tables belongs under. */
const GROUPS = [
  ['survivors', ['SEX', 'AGE_BAND', 'NATIONALITY', 'EXPLOITATION']],
  ['serviceReferrals', ['SERVICE', 'SERVICE_STATUS']],
  ['durablePlans', ['SOLUTION', 'PLAN_STATUS', 'PLAN_OUTCOME', 'CRITERION_MET']],
] as const;

/**
 * Protection figures: survivors by sex, age band, nationality and exploitation; referrals to services; durable
 * solutions; consent withdrawals. Counted by the server from de-identified columns, always under disclosure
 * control (never exact), so nothing here can point at a person.
 */
export function ProtectionFigures({ input, label }: { input: CoordinationStatisticsInput; label: Label }) {
  const { t } = useTranslation();
  const { data, previousData, loading, error } = useQuery(ProtectionFiguresDocument, {
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
  const figures = (data ?? previousData)?.protectionStatistics;
  const named = (dimension: string, key: string) => {
    if (key === '(none)') return label(dimension, key);
    if (dimension === 'NATIONALITY') return label('SENDING_COUNTRY', key);
    if (dimension === 'AGE_BAND') return t('statistics.ageBand', { band: key });
    const [namespace, section] = WORDS[dimension]!;
    return t(`${namespace}.${section}.${key}`);
  };
  return (
    <Box component="section" aria-labelledby="protection-figures-title">
      <Typography variant="h2" id="protection-figures-title" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('statistics.protection')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('statistics.protectionNote')}
      </Typography>
      {loading && <LinearProgress aria-label={t('statistics.loading')} sx={{ mb: 1 }} />}
      {error && <Alert severity="error">{translateApiError(error, t).message}</Alert>}
      {figures && (
        <>
          <Headlines figures={figures} />
          {GROUPS.map(([group, dimensions]) => (
            <Box key={group} sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mt: 2 }}>
              {dimensions.map((dimension) => {
                const table = figures.tables.find((entry) => entry.dimension === dimension);
                return (
                  <FigureTable
                    key={dimension}
                    id={`protection-${dimension.toLowerCase()}`}
                    title={t(`statistics.protectionTable.${dimension}`)}
                    rows={(table?.cells ?? []).map((cell) => rowOf(named, dimension, cell))}
                    total={
                      table?.multiValued || dimension === 'PLAN_OUTCOME'
                        ? undefined
                        : { ...rowOf(label, 'TOTAL', figures[group]), label: t('statistics.total') }
                    }
                    threshold={figures.threshold}
                  />
                );
              })}
            </Box>
          ))}
        </>
      )}
    </Box>
  );
}

function Headlines({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const shown = (cell: Figures['survivors']) =>
    cell.count === null || cell.count === undefined
      ? t(`statistics.suppressed.${cell.suppression ?? 'PRIMARY'}`, { threshold: figures.threshold })
      : number.format(cell.count);
  const items = [
    ['survivors', figures.survivors],
    ['serviceReferrals', figures.serviceReferrals],
    ['durablePlans', figures.durablePlans],
    ['consentWithdrawals', figures.consentWithdrawals],
  ] as const;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2, m: 0 }}
      >
        {items.map(([name, cell]) => (
          <div key={name}>
            <Typography component="dt" color="text.secondary" variant="body2">
              {t(`statistics.protectionHeadline.${name}`)}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontSize: '1.5rem', fontWeight: 600 }}>
              {shown(cell)}
            </Typography>
          </div>
        ))}
      </Box>
    </Paper>
  );
}
