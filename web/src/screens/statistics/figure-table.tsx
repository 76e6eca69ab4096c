import {
  Box,
  Button,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CellSuppression } from '../../gql/graphql';

/** One published cell, named for the reader. A null count is suppressed, never zero. */
export interface FigureRow {
  key: string;
  label: string;
  count: number | null;
  suppression: CellSuppression | null;
}

/**
 * A one-way table and its bar chart in one: the table is what a screen reader reads (a caption, a header row,
 * one row per value); the bars beside the counts are decoration for sighted readers (aria-hidden). A suppressed
 * cell says so in words, and has no bar.
 */
export function FigureTable({
  id,
  title,
  rows,
  total,
  threshold,
  onOpen,
}: {
  id: string;
  title: string;
  rows: readonly FigureRow[];
  total?: FigureRow;
  threshold: number;
  /** Given where the user may open the records behind a row: the row's name becomes a button. */
  onOpen?: (row: FigureRow) => void;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const largest = Math.max(1, ...rows.map((row) => row.count ?? 0));
  // On a phone the values counted zero share one row ("Values at 0: A, B, C"): a table that lists every value (thirteen
  // forms of exploitation, nine age bands) was mostly zeros, and the protection part 5,800 px tall at 390 px.
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const zeros = rows.filter((row) => row.count === 0);
  const foldZeros = phone && zeros.length > 1;
  const shownRows = foldZeros ? rows.filter((row) => row.count !== 0) : rows;
  const countText = (row: FigureRow) =>
    row.count === null
      ? t(`statistics.suppressed.${row.suppression ?? 'PRIMARY'}`, { threshold })
      : number.format(row.count);
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-labelledby={`${id}-title`}>
      <Typography variant="h3" id={`${id}-title`} sx={{ fontSize: '1.1rem', mb: 1 }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('statistics.noRows')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby={`${id}-title`} data-figure-table={id}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('statistics.value')}</TableCell>
                <TableCell scope="col" align="right">
                  {t('statistics.count')}
                </TableCell>
                <TableCell scope="col" sx={{ width: { xs: '20%', sm: '35%' }, px: { xs: 0.5, sm: 2 } }}>
                  <Box component="span" sx={visuallyHidden}>
                    {t('statistics.chart')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shownRows.map((row) => (
                <TableRow key={row.key}>
                  <TableCell component="th" scope="row" sx={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
                    {onOpen && row.count !== 0 ? (
                      <Button
                        size="small"
                        sx={{ textTransform: 'none', textAlign: 'left', p: 0, minWidth: 0 }}
                        onClick={() => onOpen(row)}
                      >
                        {row.label}
                      </Button>
                    ) : (
                      row.label
                    )}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={
                      row.count === null ? { fontStyle: 'italic', color: 'text.secondary', minWidth: '8em' } : undefined
                    }
                    data-suppressed={row.count === null ? row.suppression : undefined}
                  >
                    {countText(row)}
                  </TableCell>
                  <TableCell aria-hidden="true">
                    {row.count !== null && row.count > 0 && (
                      <Box
                        sx={{
                          height: 12,
                          borderRadius: 1,
                          bgcolor: 'primary.main',
                          width: `${Math.max(2, (row.count / largest) * 100)}%`,
                        }}
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
              {foldZeros && (
                <TableRow data-zero-values="">
                  <TableCell
                    component="th"
                    scope="row"
                    colSpan={3}
                    sx={{ overflowWrap: 'break-word', color: 'text.secondary', fontWeight: 'normal' }}
                  >
                    {t('statistics.zeroValues', { values: zeros.map((row) => row.label).join(', ') })}
                  </TableCell>
                </TableRow>
              )}
              {total && (
                <TableRow>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
                    {total.label}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 700 }}>
                    {countText(total)}
                  </TableCell>
                  <TableCell aria-hidden="true" />
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
