import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateApiError } from '../../api/translate-api-error';
import type { ReferralStatisticsInput } from '../../gql/graphql';
import { FigureRecordsList } from './figure-records-list';
import { ReferralDataQualityDocument } from './statistics.operations';

/** Completeness, timeliness and consistency of the referrals in scope: "flagged of base", with the share. */
export function DataQuality({ input, canOpen }: { input: ReferralStatisticsInput; canOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const { data, previousData, error } = useQuery(ReferralDataQualityDocument, { variables: { input } });
  const quality = (data ?? previousData)?.referralDataQuality;
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <Box component="section" aria-labelledby="data-quality-title">
      <Typography variant="h2" id="data-quality-title" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('statistics.quality.title')}
      </Typography>
      {error && <Alert severity="error">{translateApiError(error, t).message}</Alert>}
      {quality && (
        // Scrolls sideways on a phone: focusable, so the keyboard can scroll it too.
        <Paper
          variant="outlined"
          sx={{ p: 2, overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-labelledby="data-quality-title"
        >
          <Table size="small" aria-labelledby="data-quality-title" data-figure-table="data-quality">
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('statistics.quality.indicator')}</TableCell>
                <TableCell scope="col" align="right">
                  {t('statistics.quality.flagged')}
                </TableCell>
                <TableCell scope="col" align="right">
                  {t('statistics.quality.base')}
                </TableCell>
                <TableCell scope="col" align="right">
                  {t('statistics.quality.share')}
                </TableCell>
                {canOpen && <TableCell scope="col">{t('statistics.records.column')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {quality.indicators.map((row) => (
                <TableRow key={row.indicator}>
                  <TableCell component="th" scope="row">
                    {t(`statistics.quality.indicators.${row.indicator}`)}
                  </TableCell>
                  <TableCell align="right" sx={row.flagged === null ? { fontStyle: 'italic' } : undefined}>
                    {row.flagged === null || row.flagged === undefined
                      ? t('statistics.suppressed.PRIMARY', { threshold: quality.threshold })
                      : number.format(row.flagged)}
                  </TableCell>
                  <TableCell align="right">{number.format(row.base)}</TableCell>
                  <TableCell align="right">
                    {row.share === null || row.share === undefined ? '—' : percent.format(row.share)}
                  </TableCell>
                  {canOpen && (
                    <TableCell>
                      {row.flagged !== 0 && (
                        <Button
                          size="small"
                          aria-expanded={open === row.indicator}
                          aria-label={t('statistics.records.showFor', {
                            figure: t(`statistics.quality.indicators.${row.indicator}`),
                          })}
                          onClick={() => setOpen(open === row.indicator ? null : row.indicator)}
                        >
                          {t('statistics.records.show')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {open && (
        <FigureRecordsList
          kind="quality"
          input={{ ...input, indicator: open }}
          title={t(`statistics.quality.indicators.${open}`)}
        />
      )}
    </Box>
  );
}
