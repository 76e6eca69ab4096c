import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import type { ActionItemFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { useSession } from '../../session/session';
import { translateCoordinationError } from './coordination-errors';
import { ReportOnActionDocument } from './coordination.operations';
import { EvidenceUploadError, uploadEvidence } from './evidence-upload';
import { actionPath, meetingPath } from './meeting-terms';
import { FileButton } from '../../ui/file-button';

/** Action items with owner, due date, status and an OVERDUE mark (the server's); the owner reports progress. */
export function ActionList({
  actions,
  emptyText,
  showMeeting = false,
}: {
  actions: ActionItemFieldsFragment[];
  emptyText: string;
  showMeeting?: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (actions.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {actions.map((action) => (
        <Box component="li" key={action.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <Link to={actionPath(action.id)}>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {action.title}
              </Typography>
            </Link>
            <Chip size="small" label={t(`coordination.actionStatus.${action.status}`)} variant="outlined" />
            {action.overdue && (
              <Chip size="small" label={t('coordination.actions.overdue')} sx={{ bgcolor: '#b71c1c', color: '#fff' }} />
            )}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('coordination.actions.line', {
              agency: action.ownerAgency.acronym,
              date: formatLocalDate(action.dueDate, language) || action.dueDate,
              priority: t(`coordination.priority.${action.priority}`),
            })}
            {action.decision && ` · ${action.decision.reference}`}
          </Typography>
          {showMeeting && action.meetingId && (
            <Typography variant="body2">
              <Link to={meetingPath(action.meetingId)}>{action.meetingTitle}</Link>
            </Typography>
          )}
          <Updates action={action} />
          {action.canReport && <ReportForm action={action} />}
        </Box>
      ))}
    </Box>
  );
}

export function Updates({ action }: { action: ActionItemFieldsFragment }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  if (action.updates.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 3 }}>
      {action.updates.map((update) => (
        <li key={update.id}>
          <Typography variant="body2">
            {update.authorAgency.acronym} · {formatDateTime(update.createdAt, language, timeZone)}: {update.body}
            {update.statusTo && ` (${t(`coordination.actionStatus.${update.statusTo}`)})`}
          </Typography>
          {update.evidence.length > 0 && (
            <Box component="ul" aria-label={t('coordinationWork.evidence.label')} sx={{ m: 0, pl: 2.5 }}>
              {update.evidence.map((file) => (
                <li key={file.id}>
                  <Typography variant="body2">
                    <a
                      href={file.downloadPath}
                      download={file.fileName}
                      aria-label={t('coordinationWork.evidence.download', { fileName: file.fileName })}
                    >
                      {file.fileName}
                    </a>
                  </Typography>
                </li>
              ))}
            </Box>
          )}
        </li>
      ))}
    </Box>
  );
}

export function ReportForm({ action }: { action: ActionItemFieldsFragment }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const client = useApolloClient();
  const [report, { loading, error }] = useMutation(ReportOnActionDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  async function submit() {
    setFileProblem(null);
    const result = await report({
      variables: { actionItemId: action.id, body, status: (status || null) as never },
    }).catch(() => null);
    if (!result?.data) return;
    setBody('');
    setStatus('');
    // The update just posted is the newest one; its evidence follows it, one file at a time.
    const update = result.data.reportOnAction.updates.at(-1);
    if (update && files.length > 0) {
      setUploading(true);
      try {
        for (const file of files) await uploadEvidence(update.id, file, `evidence-${crypto.randomUUID()}`);
        setFiles([]);
      } catch (problem) {
        setFileProblem(
          problem instanceof EvidenceUploadError ? problem.messageKey : 'coordinationWork.evidence.failed',
        );
      } finally {
        setUploading(false);
        await client.refetchQueries({ include: 'active' });
      }
    }
  }
  const next = action.status === 'OPEN' ? ['IN_PROGRESS', 'DONE'] : ['DONE'];
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 1 }}>
      <TextField
        size="small"
        label={t('coordination.actions.reportLabel')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        slotProps={{ htmlInput: { maxLength: 2000 } }}
        sx={{ flex: { md: '1 1 280px' }, minWidth: { md: 240 } }}
        error={!!apiError}
        helperText={apiError ? (apiError.fields.body ?? apiError.message) : undefined}
      />
      <TextField
        select
        size="small"
        label={t('coordination.actions.newStatus')}
        value={status}
        onChange={(event) => setStatus(event.target.value)}
        sx={{ flex: { md: '0 0 180px' } }}
      >
        <MenuItem value="">{t('coordination.actions.sameStatus')}</MenuItem>
        {next.map((value) => (
          <MenuItem key={value} value={value}>
            {t(`coordination.actionStatus.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <FileButton
        size="small"
        variant="text"
        input={{
          multiple: true,
          'aria-label': t('coordinationWork.evidence.attach'),
          onChange: (event) => setFiles([...(event.target.files ?? [])]),
        }}
      >
        {files.length > 0
          ? t('coordinationWork.evidence.files', { count: files.length })
          : t('coordinationWork.evidence.attach')}
      </FileButton>
      <Button variant="outlined" disabled={loading || uploading || !body.trim()} onClick={() => void submit()}>
        {t('coordination.actions.report')}
      </Button>
      {apiError && !apiError.fields.body && <Alert severity="error">{apiError.message}</Alert>}
      {fileProblem && <Alert severity="error">{t(fileProblem)}</Alert>}
    </Stack>
  );
}
