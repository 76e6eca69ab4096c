import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useMutation } from '@apollo/client/react';
import { Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { showNotice } from '../../api/notices';
import { type AuditTrailFilter } from '../../gql/graphql';
import { ExportAuditTrailDocument } from './audit-trail.generated';
import { useSession } from '../../session/session';
import { AuditEventList, type AuditView } from './audit-event-list';
import { AuditFilters, NO_FILTER, type AuditFilterValues } from './audit-filters';
import { ChainVerification } from './chain-verification';
import { browserToday, nextDay, startOfDayIn } from '../../dates/day-bounds';

/**
 * The auditor's screen: whether the trail is intact, what our agency did, and who elsewhere read our records.
 * The view is in the address (`?view=owner`) so it can be linked and comes back with the back button.
 */
export function AuditTrailScreen() {
  const { t } = useTranslation();
  const { timeZone } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const view: AuditView = searchParams.get('view') === 'owner' ? 'owner' : 'trail';
  const [values, setValues] = useState<AuditFilterValues>(NO_FILTER);
  const filter = toFilter(values, timeZone);
  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h1">{t('audit.title')}</Typography>
        <Typography color="text.secondary">{t('audit.intro')}</Typography>
      </div>
      <ChainVerification />
      <Tabs
        value={view}
        onChange={(_event, next: AuditView) => {
          // Each tab starts unfiltered, like its (re-mounted) filter form.
          setValues(NO_FILTER);
          setSearchParams(next === 'owner' ? { view: 'owner' } : {});
        }}
        aria-label={t('audit.tabs.label')}
        variant="scrollable"
      >
        <Tab value="trail" label={t('audit.tabs.trail')} id="audit-tab-trail" aria-controls="audit-panel" />
        <Tab value="owner" label={t('audit.tabs.owner')} id="audit-tab-owner" aria-controls="audit-panel" />
      </Tabs>
      <div role="tabpanel" id="audit-panel" aria-labelledby={`audit-tab-${view}`}>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t(view === 'trail' ? 'audit.explain.trail' : 'audit.explain.owner')}
        </Typography>
        <AuditFilters key={view} onApply={setValues} byPerson={view === 'trail'} />
        {view === 'trail' && <ExportButton filter={filter} />}
        <Stack sx={{ mt: 2 }}>
          <AuditEventList view={view} filter={filter} />
        </Stack>
      </div>
    </Stack>
  );
}

function toFilter(values: AuditFilterValues, timeZone: string): AuditTrailFilter {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    from: values.from ? startOfDayIn(values.from, timeZone).toISOString() : undefined,
    to: values.to ? startOfDayIn(nextDay(values.to), timeZone).toISOString() : undefined,
    actorId: text(values.actorId),
    action: text(values.action),
    reference: text(values.reference),
  };
}

/** The filtered trail as a CSV file; the server records the export in the trail itself. */
function ExportButton({ filter }: { filter: AuditTrailFilter }) {
  const { t } = useTranslation();
  // The export is an event of the trail: lists already loaded are fetched again, so it shows.
  const [exportTrail, { loading }] = useMutation(ExportAuditTrailDocument, {
    update: (cache) => cache.evict({ fieldName: 'auditTrail' }),
  });
  const download = async () => {
    const { data } = await exportTrail({ variables: { filter } });
    if (!data) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([data.exportAuditTrail], { type: 'text/csv;charset=utf-8' }));
    link.download = `audit-trail-${browserToday()}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
    showNotice(t('audit.export.done'), 'success');
  };
  return (
    <Button
      variant="outlined"
      startIcon={<DownloadIcon />}
      disabled={loading}
      onClick={() => void download()}
      sx={{ mt: 2, alignSelf: 'flex-start' }}
    >
      {loading ? t('audit.export.exporting') : t('audit.export.button')}
    </Button>
  );
}
