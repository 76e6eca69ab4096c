import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import type { AdminFailedJobsQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateAdminError } from '../admin-common/admin-errors';
import { AdminPage, ListState } from '../admin-common/admin-page';
import { ServerErrorAlert } from '../admin-common/dialog-form-parts';
import { AdminFailedJobsDocument, DiscardFailedJobDocument, RetryFailedJobDocument } from './failed-jobs.operations';

const context: EnlaceOperationContext = { handlesErrors: true };
type FailedJob = AdminFailedJobsQuery['failedJobs']['edges'][number]['node'];
// On a phone the table keeps what decides (kind, failure, error, actions); creation time is for wide screens.
const wideOnly = { display: { xs: 'none', md: 'table-cell' } } as const;

/** `mail.send` → `mail_send`: the catalogue key of a kind of job (unknown kinds are shown as they are). */
const kindKey = (kind: string) => `admin.failedJobs.kinds.${kind.replace(/[^A-Za-z0-9]+/g, '_')}`;

/**
 * Background jobs that failed for good (a mail the server refused, or one out of attempts), for the platform
 * administrator: what kind, when, how many attempts, the error's code. Never whom a mail was for or what it
 * said. Each can be given one more attempt (after fixing the cause) or discarded; both are audited.
 */
export function FailedJobsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const allowed = useAbility<AnyMongoAbility>().can('read', 'FailedJob');
  // Older pages by cursor; the first page is the most recent failures.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const { data, loading, error, refetch } = useQuery(AdminFailedJobsDocument, {
    context,
    skip: !allowed,
    variables: { after },
    fetchPolicy: 'network-only',
  });
  const [retry, retrying] = useMutation(RetryFailedJobDocument, { context });
  const [discarding, setDiscarding] = useState<FailedJob>();
  const page = data?.failedJobs;
  const jobs = page?.edges.map(({ node }) => node) ?? [];
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, timeZone) : '—');

  const retryJob = async (job: FailedJob) => {
    try {
      await retry({ variables: { id: job.id } });
      showNotice(t('admin.failedJobs.retried'), 'success');
      await refetch();
    } catch (failure) {
      showNotice(translateAdminError(failure, t).message, 'error');
    }
  };

  return (
    <AdminPage title={t('nav.adminFailedJobs')} intro={t('admin.failedJobs.intro')} allowed={allowed}>
      <ListState
        loading={loading}
        error={error && translateAdminError(error, t).message}
        empty={!loading && !error && jobs.length === 0}
        onRetry={() => void refetch()}
        emptyText={t('admin.failedJobs.empty')}
      />
      {jobs.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('nav.adminFailedJobs')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('admin.failedJobs.kind')}</TableCell>
                <TableCell sx={wideOnly}>{t('admin.failedJobs.createdAt')}</TableCell>
                <TableCell>{t('admin.failedJobs.failedAt')}</TableCell>
                <TableCell>{t('admin.failedJobs.attempts')}</TableCell>
                <TableCell>{t('admin.failedJobs.error')}</TableCell>
                <TableCell>{t('admin.failedJobs.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {jobs.map((job) => (
                <TableRow key={job.id} hover>
                  <TableCell>{t(kindKey(job.kind), { defaultValue: job.kind })}</TableCell>
                  <TableCell sx={wideOnly}>{when(job.createdAt)}</TableCell>
                  <TableCell>{when(job.failedAt)}</TableCell>
                  <TableCell>{job.attempts}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{job.lastErrorCode ?? '—'}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      <Button
                        size="small"
                        disabled={retrying.loading}
                        onClick={() => void retryJob(job)}
                        aria-label={t('admin.failedJobs.retryOne', { when: when(job.failedAt) })}
                      >
                        {t('admin.failedJobs.retry')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        onClick={() => setDiscarding(job)}
                        aria-label={t('admin.failedJobs.discardOne', { when: when(job.failedAt) })}
                      >
                        {t('admin.failedJobs.discard')}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {(cursors.length > 0 || page?.pageInfo.hasNextPage) && (
        <Stack direction="row" spacing={1}>
          {cursors.length > 0 && <Button onClick={() => setCursors([])}>{t('admin.failedJobs.newest')}</Button>}
          {page?.pageInfo.hasNextPage && page.pageInfo.endCursor && (
            <Button onClick={() => setCursors([...cursors, page.pageInfo.endCursor!])}>
              {t('admin.failedJobs.older')}
            </Button>
          )}
        </Stack>
      )}
      {discarding && (
        <DiscardDialog
          job={discarding}
          onClose={(discarded) => {
            setDiscarding(undefined);
            if (discarded) void refetch();
          }}
        />
      )}
    </AdminPage>
  );
}

function DiscardDialog({ job, onClose }: { job: FailedJob; onClose: (discarded: boolean) => void }) {
  const { t } = useTranslation();
  const [discard, { loading }] = useMutation(DiscardFailedJobDocument, { context });
  const [serverError, setServerError] = useState<string>();
  const confirm = async () => {
    setServerError(undefined);
    try {
      await discard({ variables: { id: job.id } });
      showNotice(t('admin.failedJobs.discarded'), 'success');
      onClose(true);
    } catch (error) {
      setServerError(translateAdminError(error, t).message);
    }
  };
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="xs" aria-labelledby="discard-job-title">
      <DialogTitle id="discard-job-title">{t('admin.failedJobs.discardTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('admin.failedJobs.discardExplained')}</DialogContentText>
        <ServerErrorAlert message={serverError} />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('admin.cancel')}</Button>
        <Button color="error" variant="contained" disabled={loading} onClick={() => void confirm()}>
          {t('admin.failedJobs.discard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
