import { Alert, Snackbar } from '@mui/material';
import { dismissNotice, type Notice } from '../api/notices';

/** One notice at a time; the next appears when it is closed. Its own chunk: most visits never show one. */
export function NoticeSnackbar({ notice }: { notice: Notice }) {
  return (
    <Snackbar key={notice.id} open autoHideDuration={8_000} onClose={() => dismissNotice(notice.id)}>
      <Alert severity={notice.severity} variant="filled" onClose={() => dismissNotice(notice.id)}>
        {notice.message}
      </Alert>
    </Snackbar>
  );
}

export default NoticeSnackbar;
