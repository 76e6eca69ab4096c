import { useQuery } from '@apollo/client/react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Alert,
  Box,
  Button,
  Chip,
  Collapse,
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
import { useId, useState } from 'react';
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
/** On a phone a page of cards is a long scroll: fewer at a time, the next ones a button away. */
const PHONE_PAGE_SIZE = 15;
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
  const narrow = useNarrow();
  const first = narrow ? PHONE_PAGE_SIZE : PAGE_SIZE;
  const trail = useQuery(AuditTrailDocument, {
    variables: { first, filter },
    context,
    skip: view !== 'trail',
    notifyOnNetworkStatusChange: true,
  });
  const owner = useQuery(DataOwnerAccessLogDocument, {
    variables: { first, filter: ownerFilter(filter) },
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
      {narrow ? (
        <EventCards view={view} events={page.edges.map(({ node }) => node)} />
      ) : (
        <EventTable view={view} events={page.edges.map(({ node }) => node)} />
      )}
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

/**
 * A table on a wide screen; on a phone, one compact card per event, so that what was done and on what stays in
 * view, and the fields read fold away.
 */
function useNarrow() {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
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
        <Paper component="li" key={row.event.id} variant="outlined" sx={{ px: 1.5, py: 1 }}>
          <Typography component="h3" variant="subtitle2">
            {label.action(row)}
            {row.count > 1 && <Chip size="small" label={`× ${row.count}`} sx={{ ml: 1 }} />}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {label.when(row.event.occurredAt)}
            {row.count > 1 && ` · ${label.folded(row)}`}
          </Typography>
          <Typography variant="body2" component="div">
            <Actor event={row.event} agencyName={agencyName} inline />
          </Typography>
          <Typography variant="body2" component="div">
            <Record event={row.event} inline />
          </Typography>
          <CardDetail row={row} seq={label.seq(row)} />
        </Paper>
      ))}
    </Box>
  );
}

/** The fields read and the sequence number, folded under a button: looked at when checking, not when scanning. */
function CardDetail({ row, seq }: { row: FoldedEvent; seq: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (row.fields.length === 0)
    return <Typography variant="body2" color="text.secondary">{`${t('audit.column.seq')} ${seq}`}</Typography>;
  return (
    <>
      <Button
        size="small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        endIcon={<ExpandMoreIcon sx={{ transform: open ? 'rotate(180deg)' : undefined }} />}
        sx={{ ml: -0.5, mt: 0.25, px: 0.5, minHeight: 0 }}
      >
        {`${t('audit.column.fields')} (${row.fields.length}) · ${t('audit.column.seq')} ${seq}`}
      </Button>
      <Collapse in={open} id={id} unmountOnExit>
        <Box sx={{ mt: 0.5 }}>
          <FieldChips fields={row.fields} />
        </Box>
      </Collapse>
    </>
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
function Record({ event, inline = false }: { event: AuditEventRowFragment; inline?: boolean }) {
  const { t } = useTranslation();
  const kind = t(`audit.records.${event.entityType}`, { defaultValue: event.entityType });
  const label = event.recordLabel;
  return (
    <>
      {kind}
      {label && inline && ' · '}
      {label && (
        <Typography
          variant="body2"
          component={inline ? 'span' : 'p'}
          sx={{ fontFamily: 'monospace', overflowWrap: inline ? 'anywhere' : undefined }}
        >
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
  inline = false,
}: {
  event: AuditEventRowFragment;
  agencyName: (id: string) => string | undefined;
  /** On one line with its agency, as a phone's card shows it. */
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const agency = event.actorAgencyId ? (agencyName(event.actorAgencyId) ?? null) : null;
  // A person of our agency by name; another agency's people by their agency and country only.
  const who =
    event.actorName ?? (event.actorKind ? t(`audit.actorKind.${event.actorKind}`) : t('audit.actorKind.nobody'));
  return (
    <>
      {who}
      {agency && inline && ' · '}
      {agency && (
        <Typography variant="body2" color="text.secondary" component={inline ? 'span' : 'p'}>
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
