import {
  Box,
  Link as MuiLink,
  Tab,
  Tabs,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpCountsQuery } from '../../gql/graphql';
import type { FilterKey } from './follow-up-board-screen';

type Board = FollowUpCountsQuery['followUpBoard'];
interface Row {
  id: string;
  label: string;
  open: number;
  overdue: number;
}

/** Open and overdue actions per agency, meeting or decision; a row narrows the list below to it. */
export function BoardCounts({ board, onPick }: { board: Board; onPick: (key: FilterKey, id: string) => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<FilterKey>('agency');
  const rows: Record<FilterKey, Row[]> = {
    agency: board.countsByAgency.map((c) => ({ id: c.agency.id, label: c.agency.acronym, ...c })),
    meeting: board.countsByMeeting,
    decision: board.countsByDecision,
  };
  const totals = rows.agency.reduce((sum, row) => ({ open: sum.open + row.open, overdue: sum.overdue + row.overdue }), {
    open: 0,
    overdue: 0,
  });
  return (
    <Box component="section" aria-label={t('coordination.board.counts')}>
      <Box sx={{ display: 'flex', gap: 3, mb: 1, flexWrap: 'wrap' }}>
        <Figure label={t('coordination.board.open')} value={totals.open} />
        <Figure label={t('coordination.board.overdue')} value={totals.overdue} alert={totals.overdue > 0} />
      </Box>
      <Tabs
        value={tab}
        onChange={(_event, value: FilterKey) => setTab(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={t('coordination.board.countsBy')}
      >
        {(['agency', 'meeting', 'decision'] as const).map((key) => (
          <Tab key={key} value={key} label={t(`coordination.board.by.${key}`)} id={`board-tab-${key}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" aria-labelledby={`board-tab-${tab}`} sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t(`coordination.board.by.${tab}`)}>
          <TableHead>
            <TableRow>
              <TableCell>{t(`coordination.board.by.${tab}`)}</TableCell>
              <TableCell align="right">{t('coordination.board.open')}</TableCell>
              <TableCell align="right">{t('coordination.board.overdue')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows[tab].length === 0 && (
              <TableRow>
                <TableCell colSpan={3}>{t('coordination.board.none')}</TableCell>
              </TableRow>
            )}
            {rows[tab].map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <MuiLink component="button" type="button" onClick={() => onPick(tab, row.id)}>
                    {row.label}
                  </MuiLink>
                </TableCell>
                <TableCell align="right">{row.open}</TableCell>
                <TableCell align="right">
                  <Typography
                    component="span"
                    variant="body2"
                    color={row.overdue > 0 ? 'error' : undefined}
                    sx={{ fontWeight: row.overdue > 0 ? 700 : undefined }}
                  >
                    {row.overdue}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}

function Figure({ label, value, alert = false }: { label: string; value: number; alert?: boolean }) {
  return (
    <Box>
      <Typography component="p" color={alert ? 'error' : undefined} sx={{ fontSize: '2rem', fontWeight: 700 }}>
        {value}
      </Typography>
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}
