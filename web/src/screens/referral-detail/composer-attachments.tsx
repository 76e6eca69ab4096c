import AttachFileIcon from '@mui/icons-material/AttachFile';
import CancelIcon from '@mui/icons-material/Cancel';
import { Alert, Button, Chip, Stack, Typography } from '@mui/material';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { ATTACHMENT_TYPES, formatFileSize, MAX_ATTACHMENT_BYTES, type UploadedAttachment } from './attachments';
import { FileButton } from '../../ui/file-button';

/**
 * Under a message box: the files uploaded for the message (each removable), the file limits, the form's error,
 * and the send and attach buttons. Shared by the referral conversation and the service-referral conversation.
 */
export function ComposerAttachments({
  files,
  onRemove,
  limitsId,
  formError,
  sendLabel,
  canSend,
  posting,
  uploading,
  onAttach,
}: {
  files: readonly UploadedAttachment[];
  onRemove: (id: string) => void;
  /** The id of the limits line, which the file input names as its description. */
  limitsId: string;
  formError: string | undefined;
  sendLabel: string;
  canSend: boolean;
  posting: boolean;
  uploading: boolean;
  onAttach: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <>
      {files.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          {files.map((file) => (
            <Chip
              key={file.id}
              icon={<AttachFileIcon />}
              label={`${file.fileName} · ${formatFileSize(file.sizeBytes, language)}`}
              onDelete={() => onRemove(file.id)}
              deleteIcon={<CancelIcon titleAccess={t('referrals.attachments.remove', { name: file.fileName })} />}
            />
          ))}
        </Stack>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} id={limitsId}>
        {t('referrals.attachments.limits', {
          types: Object.values(ATTACHMENT_TYPES).join(', '),
          size: formatFileSize(MAX_ATTACHMENT_BYTES, language),
        })}
      </Typography>
      {formError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {formError}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button type="submit" variant="outlined" disabled={posting || uploading || !canSend}>
          {sendLabel}
        </Button>
        <FileButton
          startIcon={<AttachFileIcon />}
          disabled={uploading || posting}
          aria-describedby={limitsId}
          input={{
            multiple: true,
            accept: Object.keys(ATTACHMENT_TYPES).join(','),
            'aria-describedby': limitsId,
            onChange: onAttach,
          }}
        >
          {uploading ? t('referrals.attachments.uploading') : t('referrals.attachments.attach')}
        </FileButton>
      </Stack>
    </>
  );
}
