import { useMutation } from '@apollo/client/react';
import { Button, Dialog, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import type { AgencyRetentionQuery } from '../../gql/graphql';
import { translateAdminError } from '../admin-common/admin-errors';
import { DialogSaveActions, ServerErrorAlert } from '../admin-common/dialog-form-parts';
import { SetAgencyRetentionTermDocument } from './retention.operations';

const context: EnlaceOperationContext = { handlesErrors: true };
export type RetentionLine = AgencyRetentionQuery['agencyRetention']['lines'][number];

/**
 * Sets the agency's own term for one kind of record, in whole days within the platform's bounds (stated under
 * the field; the server checks them again), or goes back to the platform's term.
 */
export function TermDialog({ line, onClose }: { line: RetentionLine; onClose: () => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetAgencyRetentionTermDocument, { context });
  const [days, setDays] = useState(String(line.termDays));
  const [fieldError, setFieldError] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const kind = t(`admin.retention.kinds.${line.kind}`);
  const bounds = t('admin.retention.bounds', { min: line.minDays, max: line.maxDays });

  const submit = async (value: number | null) => {
    setFieldError(undefined);
    setServerError(undefined);
    if (value !== null && (!Number.isInteger(value) || value < line.minDays || value > line.maxDays)) {
      setFieldError(bounds);
      return;
    }
    try {
      await save({ variables: { kind: line.kind, days: value } });
      showNotice(t('admin.retention.saved'), 'success');
      onClose();
    } catch (error) {
      const translated = translateAdminError(error, t);
      if (translated.fields.days) setFieldError(`${translated.fields.days} ${bounds}`);
      else setServerError(translated.message);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(/^\d+$/.test(days.trim()) ? Number(days.trim()) : Number.NaN);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="retention-term-title">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="retention-term-title">{t('admin.retention.changeTitle', { kind })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {t('admin.retention.changeExplained', { platform: line.platformTermDays })}
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            required
            label={t('admin.retention.days')}
            value={days}
            onChange={(event) => setDays(event.target.value.slice(0, 6))}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
            error={!!fieldError}
            helperText={fieldError ?? bounds}
          />
          {line.agencyTermDays !== null && (
            <Button sx={{ mt: 1 }} disabled={loading} onClick={() => void submit(null)}>
              {t('admin.retention.usePlatform', { days: line.platformTermDays })}
            </Button>
          )}
          <ServerErrorAlert message={serverError} />
        </DialogContent>
        <DialogSaveActions submitting={loading} onClose={onClose} />
      </form>
    </Dialog>
  );
}
