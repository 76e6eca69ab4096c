import { Alert, Button, DialogActions } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The server's refusal of a whole form (field errors go next to their fields), translated by the caller. */
export function ServerErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mt: 2 }}>
      {message}
    </Alert>
  );
}

/** Cancel and submit at the foot of an administration dialog; the submit button says it is saving. */
export function DialogSaveActions({
  submitting,
  onClose,
  submitLabel,
}: {
  submitting: boolean;
  onClose: () => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <DialogActions>
      <Button onClick={onClose}>{t('admin.cancel')}</Button>
      <Button type="submit" variant="contained" disabled={submitting}>
        {submitting ? t('admin.saving') : (submitLabel ?? t('admin.save'))}
      </Button>
    </DialogActions>
  );
}
