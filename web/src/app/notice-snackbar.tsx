import { Alert, Snackbar } from '@mui/material';
import { dismissNotice, useNotices } from '../api/notices';

/** Shows the oldest pending notice; the next one appears when it is closed. */
export function NoticeSnackbar() {
  const [notice] = useNotices();
  if (!notice) return null;
  return (
    <Snackbar key={notice.id} open autoHideDuration={8_000} onClose={() => dismissNotice(notice.id)}>
      <Alert severity={notice.severity} variant="filled" onClose={() => dismissNotice(notice.id)}>
        {notice.message}
      </Alert>
    </Snackbar>
  );
}
