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
      <EventTable view={view} events={page.edges.map(({ node }) => node)} />
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

function EventTable({ view, events }: { view: AuditView; events: AuditEventRowFragment[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const agencyName = useAgencyNames();
  const when = (at: string) => formatDateTime(at, language, timeZone);
  return (
    // On a phone the table scrolls sideways: the scrolling box takes the keyboard's focus (arrows scroll it).
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
          {foldRepeatedReads(events).map(({ event, count, oldest, fields }) => (
            <TableRow key={event.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {when(event.occurredAt)}
                {count > 1 && (
                  <Typography variant="body2" color="text.secondary">
                    {t('audit.fold', {
                      count,
                      minutes: Math.round((Date.parse(event.occurredAt) - Date.parse(oldest.occurredAt)) / 60_000),
                    })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Actor event={event} agencyName={agencyName} />
              </TableCell>
              <TableCell>
                {t(`audit.actions.${event.action.replaceAll('.', '_')}`, { defaultValue: event.action })}
                {count > 1 && <Chip size="small" label={`× ${count}`} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>
                <Record event={event} />
              </TableCell>
              <TableCell>
                {fields.length === 0
                  ? '—'
                  : fields.map((field) => (
                      <Chip
                        key={field}
                        size="small"
                        label={t(`audit.fields.${field}`, { defaultValue: field })}
                        sx={{ mr: 0.5, mb: 0.5 }}
                      />
                    ))}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>
                {count > 1 ? `${oldest.seq}–${event.seq}` : event.seq}
              </TableCell>
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
