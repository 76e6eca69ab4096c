import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ActionStatus, FollowUpFilter, FollowUpSort } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound, localName } from '../referral-inbox/referral-common';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { FollowUpActionsDocument, FollowUpCountsDocument } from '../coordination-common/coordination.operations';
import { exportPaths, ID_PATTERN, mechanismPath } from '../coordination-common/meeting-terms';
import { BoardCounts } from './board-counts';
import { BoardTable } from './board-table';
import { useCoordinationEvents } from '../coordination-common/use-coordination-events';

const SORTS: FollowUpSort[] = ['DUE', 'PRIORITY', 'NEWEST'];
const STATUSES: ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
/** What the board narrows by; each is a search parameter, so a filtered board is a link to share. */
export const FILTER_KEYS = ['agency', 'meeting', 'decision'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The secretariat's follow-up board: a mechanism's actions, counted and listed, filtered and sorted. */
export function FollowUpBoardScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <Board mechanismId={id} />;
}

function Board({ mechanismId }: { mechanismId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [params, setParams] = useSearchParams();
  const counts = useQuery(FollowUpCountsDocument, {
    variables: { mechanismId },
    context: { handlesErrors: true },
    fetchPolicy: 'cache-and-network',
  });
  useCoordinationEvents((change) => {
    if (!change || change.mechanismId === mechanismId) void counts.refetch();
  });
  const status = params.get('status');
  const filter: FollowUpFilter = {
    ownerAgencyId: params.get('agency'),
    meetingId: params.get('meeting'),
    decisionId: params.get('decision'),
    statuses: STATUSES.includes(status as ActionStatus)
      ? [status as ActionStatus]
      : status === 'ALL'
        ? null
        : ['OPEN', 'IN_PROGRESS'],
    overdueOnly: params.get('overdue') === 'true',
  };
  const sort = SORTS.includes(params.get('sort') as FollowUpSort) ? (params.get('sort') as FollowUpSort) : 'DUE';
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  if (isNotFound(counts.error) || (counts.data && !counts.data.mechanism)) return <NotFoundScreen />;
  const board = counts.data?.followUpBoard;
  const options: Record<FilterKey, { id: string; label: string }[]> = {
    agency: board?.countsByAgency.map((c) => ({ id: c.agency.id, label: c.agency.acronym })) ?? [],
    meeting: board?.countsByMeeting.map((c) => ({ id: c.id, label: c.label })) ?? [],
    decision: board?.countsByDecision.map((c) => ({ id: c.id, label: c.label })) ?? [],
  };
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1200 }}>
      <Box>
        <Button component={Link} to={mechanismPath(mechanismId)} startIcon={<ArrowBackIcon />} size="small">
          {counts.data?.mechanism ? localName(counts.data.mechanism.names, language) : t('coordination.board.back')}
        </Button>
      </Box>
      <Typography variant="h1">{t('coordination.board.title')}</Typography>
      <Typography color="text.secondary">{t('coordination.board.intro')}</Typography>
      {counts.loading && !counts.data && <LinearProgress aria-label={t('coordination.loading')} />}
      {counts.error && !counts.data && (
        <Alert severity="error">{translateCoordinationError(counts.error, t).message}</Alert>
      )}
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap' }}
        aria-label={t('coordination.exports.title')}
      >
        {(['actionsCsv', 'decisionsCsv', 'calendar'] as const).map((kind) => (
          <Button key={kind} size="small" variant="outlined" href={exportPaths[kind](mechanismId)} download>
            {t(`coordination.exports.${kind}`)}
          </Button>
        ))}
      </Stack>
      {board && <BoardCounts board={board} onPick={(key, value) => set(key, value)} />}
      <Box
        component="form"
        role="search"
        aria-label={t('coordination.board.filters')}
        onSubmit={(event) => event.preventDefault()}
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)' } }}
      >
        {FILTER_KEYS.map((key) => (
          <TextField
            key={key}
            select
            size="small"
            label={t(`coordination.board.by.${key}`)}
            value={options[key].some((o) => o.id === params.get(key)) ? params.get(key) : ''}
            onChange={(event) => set(key, event.target.value || null)}
          >
            <MenuItem value="">{t('coordination.board.any')}</MenuItem>
            {options[key].map((option) => (
              <MenuItem key={option.id} value={option.id}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
        ))}
        <TextField
          select
          size="small"
          label={t('coordination.board.status')}
          value={status && (STATUSES.includes(status as ActionStatus) || status === 'ALL') ? status : ''}
          onChange={(event) => set('status', event.target.value || null)}
        >
          <MenuItem value="">{t('coordination.board.stillOwed')}</MenuItem>
          <MenuItem value="ALL">{t('coordination.board.allStatuses')}</MenuItem>
          {STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`coordination.actionStatus.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('coordination.board.sort')}
          value={sort}
          onChange={(event) => set('sort', event.target.value === 'DUE' ? null : event.target.value)}
        >
          {SORTS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`coordination.board.sortBy.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={filter.overdueOnly}
              onChange={(event) => set('overdue', event.target.checked ? 'true' : null)}
            />
          }
          label={t('coordination.board.overdueOnly')}
        />
      </Box>
      <BoardList mechanismId={mechanismId} filter={filter} sort={sort} />
    </Stack>
  );
}

function BoardList({ mechanismId, filter, sort }: { mechanismId: string; filter: FollowUpFilter; sort: FollowUpSort }) {
  const { t } = useTranslation();
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(FollowUpActionsDocument, {
    variables: { mechanismId, filter, sort },
    context: { handlesErrors: true },
    fetchPolicy: 'cache-and-network',
  });
  // An action assigned, reported on or cancelled elsewhere shows up on the open board.
  useCoordinationEvents((change) => {
    if (!change || change.mechanismId === mechanismId) void refetch();
  });
  const page = (data ?? previousData)?.followUpActions;
  return (
    <Stack spacing={1.5}>
      {loading && <LinearProgress aria-label={t('coordination.loading')} />}
      {error && <Alert severity="error">{translateCoordinationError(error, t).message}</Alert>}
      {page && (
        <>
          <Typography role="status" aria-live="polite">
            {t('coordination.board.matching', { count: page.totalCount })}
          </Typography>
          <BoardTable actions={page.edges.map((edge) => edge.node)} />
          {page.pageInfo.hasNextPage && (
            <Button
              variant="outlined"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('coordination.board.more')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
