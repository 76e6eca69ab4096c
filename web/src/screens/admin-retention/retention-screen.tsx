import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Button,
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
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDateTime } from '../../dates/format-date-time';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateAdminError } from '../admin-common/admin-errors';
import { AdminPage, ListState } from '../admin-common/admin-page';
import { AgencyRetentionDocument } from './retention.operations';
import { RecordTable } from '../../ui/record-table';
import { type RetentionLine, TermDialog } from './term-dialog';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * The agency's retention (its admin and auditors): for each kind of closed case it owns, the term in force
 * (its own or the platform's), how many are due now and within 30 days, and how many the nightly sweep
 * anonymised, when; then the latest anonymised records by reference. Its admin changes a term within the
 * platform's bounds. No name ever appears here.
 */
export function RetentionScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const allowed = useAbility<AnyMongoAbility>().can('read', 'AgencyRetentionTerm');
  const { data, loading, error, refetch } = useQuery(AgencyRetentionDocument, {
    context,
    skip: !allowed,
    fetchPolicy: 'network-only',
  });
  const [changing, setChanging] = useState<RetentionLine>();
  const report = data?.agencyRetention;
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, timeZone) : '—');
  const kindOf = (kind: string) => t(`admin.retention.kinds.${kind}`);

  return (
    <AdminPage title={t('nav.adminRetention')} intro={t('admin.retention.intro')} allowed={allowed} keptBy="agency">
      <ListState
        loading={loading}
        error={error && translateAdminError(error, t).message}
        empty={false}
        onRetry={() => void refetch()}
        emptyText=""
      />
      {report && (
        <>
          <RecordTable
            label={t('admin.retention.terms')}
            rows={report.lines}
            rowKey={(line) => line.kind}
            columns={[
              { header: t('admin.retention.kind'), cell: (line) => kindOf(line.kind) },
              {
                header: t('admin.retention.term'),
                cell: (line) => (
                  <>
                    {t('admin.retention.termDays', { days: line.termDays })}
                    <Typography variant="body2" color="text.secondary">
                      {line.agencyTermDays === null
                        ? t('admin.retention.platformTerm')
                        : t('admin.retention.agencyTerm', { when: when(line.agencyTermSetAt) })}
                    </Typography>
                  </>
                ),
              },
              { header: t('admin.retention.dueNow'), cell: (line) => line.dueNow },
              { header: t('admin.retention.dueSoon'), cell: (line) => line.dueWithin30Days },
              { header: t('admin.retention.anonymised'), cell: (line) => line.anonymisedCount },
              { header: t('admin.retention.lastAnonymised'), cell: (line) => when(line.lastAnonymisedAt) },
              ...(report.canUpdate
                ? [
                    {
                      header: t('admin.failedJobs.actions'),
                      actions: true,
                      cell: (line: RetentionLine) => (
                        <Button
                          size="small"
                          onClick={() => setChanging(line)}
                          aria-label={t('admin.retention.changeTitle', { kind: kindOf(line.kind) })}
                        >
                          {t('admin.retention.change')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Typography variant="h2">{t('admin.retention.recent')}</Typography>
          {report.recent.length === 0 ? (
            <Typography color="text.secondary">{t('admin.retention.noneYet')}</Typography>
          ) : (
            <TableContainer
              component={Paper}
              variant="outlined"
              tabIndex={0}
              role="region"
              aria-label={t('admin.retention.recent')}
            >
              <Table size="small" aria-label={t('admin.retention.recent')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('admin.retention.reference')}</TableCell>
                    <TableCell>{t('admin.retention.kind')}</TableCell>
                    <TableCell>{t('admin.retention.anonymisedAt')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.recent.map((record) => (
                    <TableRow key={record.recordId}>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{record.reference ?? '—'}</TableCell>
                      <TableCell>{kindOf(record.kind)}</TableCell>
                      <TableCell>{when(record.anonymisedAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
      {changing && (
        <TermDialog
          line={changing}
          onClose={() => {
            setChanging(undefined);
            void refetch();
          }}
        />
      )}
    </AdminPage>
  );
}
