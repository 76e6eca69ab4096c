import AddIcon from '@mui/icons-material/Add';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { useAbility } from '@casl/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import type { ReferralBox, ReferralInboxQuery, ReferralStatus } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import type { EnlaceAbility } from '../../session/ability';
import { useSession } from '../../session/session';
import { ListSkeleton } from '../../ui/skeletons';
import { InboxCards } from './inbox-cards';
import type { InboxFilter } from './inbox-filter';
import { localName, REFERRAL_STATUSES, StatusChip, translateReferralError, UrgencyChip } from './referral-common';

export type InboxPage = ReferralInboxQuery['referrals'];

export interface InboxViewProps {
  box: ReferralBox;
  inbox: InboxFilter;
  /** The list's answer (the last one while the next loads), undefined before the first. */
  page: InboxPage | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** The filters' row (inbox-filters.tsx), or a box of its size until they have arrived. */
  filters: ReactNode;
}

/**
 * What the inbox and the outbox show, whichever way their answer came: a plain request for the first one
 * (referral-inbox-screen.tsx), Apollo Client after it (apollo-inbox.tsx). Both draw this same view, so the
 * change from one to the other moves nothing on the screen.
 */
export function InboxView({
  box,
  inbox,
  page,
  loading,
  error,
  onRetry,
  loadingMore,
  onLoadMore,
  filters,
}: InboxViewProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const ability = useAbility<EnlaceAbility>();
  // A phone at the border post: cards instead of a table.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const { filtered } = inbox;
  const status = inbox.values.status;
  const countOf = (which: ReferralStatus) => page?.statusCounts.find((entry) => entry.status === which)?.count ?? 0;
  const allCount = page?.statusCounts.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
  const shownStatuses = REFERRAL_STATUSES.filter(
    (which) => (box === 'OUTBOX' || which !== 'DRAFT') && (countOf(which) > 0 || which === status),
  );
  const edges = page?.edges ?? [];

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ flexGrow: 1 }}>
          {t(box === 'INBOX' ? 'nav.referralInbox' : 'nav.referralOutbox')}
        </Typography>
        {/* Offered only to those whose rules let them create one (liaison officers), never to be refused on send. */}
        {ability.can('create', 'Referral') && (
          <Button component={Link} to="/referrals/new" variant="contained" startIcon={<AddIcon />}>
            {t('nav.newReferral')}
          </Button>
        )}
      </Stack>
      <Typography color="text.secondary">
        {t(box === 'INBOX' ? 'referrals.inbox.intro' : 'referrals.outbox.intro')}
      </Typography>

      <Box component="nav" aria-label={t('referrals.inbox.statusFilter')}>
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
          <Chip
            label={t('referrals.inbox.allStatuses', { count: allCount })}
            color={status ? 'default' : 'primary'}
            variant={status ? 'outlined' : 'filled'}
            onClick={() => inbox.setParam('status', null)}
            aria-pressed={!status}
          />
          {shownStatuses.map((which) => (
            <Chip
              key={which}
              label={`${t(`referrals.status.${which}`)} · ${countOf(which)}`}
              color={status === which ? 'primary' : 'default'}
              variant={status === which ? 'filled' : 'outlined'}
              onClick={() => inbox.setParam('status', status === which ? null : which)}
              aria-pressed={status === which}
            />
          ))}
        </Stack>
      </Box>

      {filters}

      <Box role="status" aria-live="polite">
        {page && !error && (
          <Typography color="text.secondary" variant="body2">
            {t('referrals.inbox.shown', { shown: edges.length, total: page.totalCount })}
          </Typography>
        )}
      </Box>
      {/* The first load draws the list's shape; a refetch over rows already shown only a thin bar. */}
      {loading && !page && <ListSkeleton label={t('referrals.inbox.loading')} />}
      {loading && page && <LinearProgress aria-label={t('referrals.inbox.loading')} />}
      {!!error && !loading && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              {t('referrals.retry')}
            </Button>
          }
        >
          {translateReferralError(error, t)}
        </Alert>
      )}
      {!loading && !error && page && edges.length === 0 && (
        <Paper variant="outlined" sx={{ p: 3, textAlign: 'center' }}>
          <Typography>
            {t(
              filtered
                ? 'referrals.inbox.emptyFiltered'
                : box === 'INBOX'
                  ? 'referrals.inbox.empty'
                  : 'referrals.outbox.empty',
            )}
          </Typography>
        </Paper>
      )}

      {edges.length > 0 && narrow && <InboxCards box={box} nodes={edges.map(({ node }) => node)} />}
      {edges.length > 0 && !narrow && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t(box === 'INBOX' ? 'nav.referralInbox' : 'nav.referralOutbox')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('referrals.fields.referral')}</TableCell>
                <TableCell>{t(box === 'INBOX' ? 'referrals.fields.from' : 'referrals.fields.to')}</TableCell>
                <TableCell>{t('referrals.fields.urgency')}</TableCell>
                <TableCell>{t('referrals.fields.status')}</TableCell>
                <TableCell>{t('referrals.fields.deadline')}</TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  {t('referrals.fields.created')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {edges.map(({ node }) => {
                const other = box === 'INBOX' ? node.sendingAgency : node.receivingAgency;
                return (
                  <TableRow key={node.id} hover>
                    <TableCell sx={{ minWidth: 240 }}>
                      {/* A draft opens in the form, to be finished and sent. */}
                      <Link
                        to={node.status === 'DRAFT' ? `/referrals/${node.id}/edit` : `/referrals/${node.id}`}
                        style={{ color: 'inherit', fontWeight: 600 }}
                      >
                        {node.title}
                      </Link>
                      <Typography variant="body2" color="text.secondary">
                        <Box component="span" sx={{ fontFamily: 'monospace' }}>
                          {node.reference ?? t('referrals.detail.unsentReference')}
                        </Box>
                        {' · '}
                        {t(`referrals.category.${node.category}`)}
                        {node.assignedTo &&
                          ` · ${t('referrals.assignment.inChargeShort', { name: node.assignedTo.name })}`}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <Typography variant="body2">{other.acronym}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {localName(other.country.names, language)}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <UrgencyChip urgency={node.urgency} />
                    </TableCell>
                    <TableCell>
                      <StatusChip status={node.status} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {node.dueAt ? (
                        <Stack spacing={0.5}>
                          <Typography variant="body2">{formatDateTime(node.dueAt, language, timeZone)}</Typography>
                          {node.overdue && (
                            <Chip
                              size="small"
                              color="error"
                              icon={<WarningIcon />}
                              label={t('referrals.overdue')}
                              sx={{ alignSelf: 'flex-start' }}
                            />
                          )}
                        </Stack>
                      ) : (
                        <Typography variant="body2" color="text.secondary">
                          {t('referrals.noDeadline')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, whiteSpace: 'nowrap' }}>
                      <Typography variant="body2">{formatDateTime(node.createdAt, language, timeZone)}</Typography>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {page?.pageInfo.hasNextPage && (
        <Box sx={{ alignSelf: 'center' }}>
          <Button variant="outlined" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? t('referrals.inbox.loading') : t('referrals.inbox.loadMore')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
