import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Link,
  Paper,
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { translateApiError } from '../../api/translate-api-error';
import { formatDateTime } from '../../dates/format-date-time';
import { type AuditEventRowFragment, type AuditTrailFilter } from '../../gql/graphql';
import { AuditAgenciesDocument, AuditTrailDocument, DataOwnerAccessLogDocument } from './audit-trail.generated';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { foldRepeatedReads } from './audit-folding';

export type AuditView = 'trail' | 'owner';
const PAGE_SIZE = 50;
// The list shows its own error with a retry button.
const context: EnlaceOperationContext = { handlesErrors: true };

interface Page {
  edges: { node: AuditEventRowFragment }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/**
 * Our agency's own trail, or the data owner's view (other agencies' access to our records), newest first,
 * a page at a time. Both answer with the same event shape; the owner's view has the internal fields null.
 */
export function AuditEventList({ view, filter }: { view: AuditView; filter: AuditTrailFilter }) {
  const { t } = useTranslation();
  const trail = useQuery(AuditTrailDocument, {
    variables: { first: PAGE_SIZE, filter },
    context,
    skip: view !== 'trail',
    notifyOnNetworkStatusChange: true,
  });
  const owner = useQuery(DataOwnerAccessLogDocument, {
    variables: { first: PAGE_SIZE, filter: ownerFilter(filter) },
    context,
    skip: view !== 'owner',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string>();
  const current = view === 'trail' ? trail : owner;
  const page: Page | undefined = view === 'trail' ? trail.data?.auditTrail : owner.data?.dataOwnerAccessLog;

  const loadMore = async () => {
    const after = page?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      // The cache appends the page to this view and filter's list (api/cache.ts).
      await current.fetchMore({ variables: { after } });
    } catch (error) {
      setMoreError(translateApiError(error, t).message);
    } finally {
      setLoadingMore(false);
    }
  };

  if (current.error && !page)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void current.refetch()}>
            {t('audit.retry')}
          </Button>
        }
      >
        {translateApiError(current.error, t).message}
      </Alert>
    );
  if (!page) return <LinearProgress aria-label={t('audit.loading')} />;
  if (page.edges.length === 0)
    return <Alert severity="info">{t(view === 'trail' ? 'audit.empty.trail' : 'audit.empty.owner')}</Alert>;
  return (
    <>
      {current.loading && !loadingMore && <LinearProgress aria-label={t('audit.loading')} />}
      <EventRows view={view} events={page.edges.map(({ node }) => node)} />
      {moreError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {moreError}
        </Alert>
      )}
      {page.pageInfo.hasNextPage && (
        <Box sx={{ mt: 2, textAlign: 'center' }}>
          <Button variant="outlined" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? t('audit.loading') : t('audit.loadMore')}
          </Button>
        </Box>
      )}
    </>
  );
}

/** The owner's view filters by the acting agency, not by a person of another agency. */
function ownerFilter({ actorId: _actorId, ...rest }: AuditTrailFilter) {
  return rest;
}

/** A table on a wide screen; on a phone, one card per event, so that what was done and on what stays in view. */
function EventRows({ view, events }: { view: AuditView; events: AuditEventRowFragment[] }) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return narrow ? <EventCards view={view} events={events} /> : <EventTable view={view} events={events} />;
}

type FoldedEvent = ReturnType<typeof foldRepeatedReads>[number];

function useEventLabels() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return {
    when: (at: string) => formatDateTime(at, language, timeZone),
    action: ({ event }: FoldedEvent) =>
      t(`audit.actions.${event.action.replaceAll('.', '_')}`, { defaultValue: event.action }),
    folded: ({ event, count, oldest }: FoldedEvent) =>
      t('audit.fold', {
        count,
        minutes: Math.round((Date.parse(event.occurredAt) - Date.parse(oldest.occurredAt)) / 60_000),
      }),
    seq: ({ event, count, oldest }: FoldedEvent) => (count > 1 ? `${oldest.seq}–${event.seq}` : String(event.seq)),
  };
}

function FieldChips({ fields }: { fields: string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return <>—</>;
  return (
    <>
      {fields.map((field) => (
        <Chip
          key={field}
          size="small"
          label={t(`audit.fields.${field}`, { defaultValue: field })}
          sx={{ mr: 0.5, mb: 0.5 }}
        />
      ))}
    </>
  );
}

function EventCards({ view, events }: { view: AuditView; events: AuditEventRowFragment[] }) {
  const { t } = useTranslation();
  const agencyName = useAgencyNames();
  const label = useEventLabels();
  return (
    <Box
      component="ul"
      aria-label={t(view === 'trail' ? 'audit.tabs.trail' : 'audit.tabs.owner')}
      sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}
    >
      {foldRepeatedReads(events).map((row) => (
        <Paper component="li" key={row.event.id} variant="outlined" sx={{ p: 1.5 }}>
          <Typography component="h3" variant="subtitle2">
            {label.action(row)}
            {row.count > 1 && <Chip size="small" label={`× ${row.count}`} sx={{ ml: 1 }} />}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {label.when(row.event.occurredAt)}
            {row.count > 1 && ` · ${label.folded(row)}`}
            {` · ${t('audit.column.seq')} ${label.seq(row)}`}
          </Typography>
          <Box sx={{ mt: 1 }}>
            <Actor event={row.event} agencyName={agencyName} />
          </Box>
          <Box sx={{ mt: 1 }}>
            <Record event={row.event} />
          </Box>
          {row.fields.length > 0 && (
            <Box sx={{ mt: 1 }}>
              <FieldChips fields={row.fields} />
            </Box>
          )}
        </Paper>
      ))}
    </Box>
  );
}

function EventTable({ view, events }: { view: AuditView; events: AuditEventRowFragment[] }) {
  const { t } = useTranslation();
  const agencyName = useAgencyNames();
  const label = useEventLabels();
  return (
    // On a narrow window the table may scroll sideways: the scrolling box takes the keyboard's focus.
    <TableContainer
      component={Paper}
      variant="outlined"
      tabIndex={0}
      role="region"
      aria-label={t(view === 'trail' ? 'audit.tabs.trail' : 'audit.tabs.owner')}
    >
      <Table size="small" aria-label={t(view === 'trail' ? 'audit.tabs.trail' : 'audit.tabs.owner')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('audit.column.when')}</TableCell>
            <TableCell>{t('audit.column.who')}</TableCell>
            <TableCell>{t('audit.column.action')}</TableCell>
            <TableCell>{t('audit.column.record')}</TableCell>
            <TableCell>{t('audit.column.fields')}</TableCell>
            <TableCell>{t('audit.column.seq')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {foldRepeatedReads(events).map((row) => (
            <TableRow key={row.event.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {label.when(row.event.occurredAt)}
                {row.count > 1 && (
                  <Typography variant="body2" color="text.secondary">
                    {label.folded(row)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Actor event={row.event} agencyName={agencyName} />
              </TableCell>
              <TableCell>
                {label.action(row)}
                {row.count > 1 && <Chip size="small" label={`× ${row.count}`} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>
                <Record event={row.event} />
              </TableCell>
              <TableCell>
                <FieldChips fields={row.fields} />
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{label.seq(row)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The record by the reference people use for it, linked where the app opens it; else its kind alone. */
function Record({ event }: { event: AuditEventRowFragment }) {
  const { t } = useTranslation();
  const kind = t(`audit.records.${event.entityType}`, { defaultValue: event.entityType });
  const label = event.recordLabel;
  return (
    <>
      {kind}
      {label && (
        <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
          {event.recordPath ? (
            <Link component={RouterLink} to={event.recordPath}>
              {label}
            </Link>
          ) : (
            label
          )}
        </Typography>
      )}
    </>
  );
}

function Actor({
  event,
  agencyName,
}: {
  event: AuditEventRowFragment;
  agencyName: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const agency = event.actorAgencyId ? (agencyName(event.actorAgencyId) ?? null) : null;
  // A person of our agency by name; another agency's people by their agency and country only.
  const who =
    event.actorName ?? (event.actorKind ? t(`audit.actorKind.${event.actorKind}`) : t('audit.actorKind.nobody'));
  return (
    <>
      {who}
      {agency && (
        <Typography variant="body2" color="text.secondary">
          {agency}
          {event.actorCountryCode ? ` · ${event.actorCountryCode}` : ''}
        </Typography>
      )}
    </>
  );
}

/** Agencies by id, to name who acted; an agency the auditor may not look up keeps its id. */
function useAgencyNames(): (id: string) => string | undefined {
  const { data } = useQuery(AuditAgenciesDocument, { context });
  const byId = new Map((data?.agencies ?? []).map((agency) => [agency.id, agency.acronym]));
  return (id) => byId.get(id);
}
