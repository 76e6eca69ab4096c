import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Box, Link, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { onLiveReconnected } from '../../api/live-transport';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import type { ServiceReferralMessageFieldsFragment, ServiceReferralQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateProtectionError } from '../protection-common/protection-terms';
import {
  PostServiceReferralMessageDocument,
  ServiceReferralConversationDocument,
  ServiceReferralEventsDocument,
} from '../protection-common/service-referrals.operations';
import { AttachmentDownloadError, downloadAttachment } from '../referral-detail/attachment-download';
import { ComposerAttachments } from '../referral-detail/composer-attachments';
import {
  AttachmentUploadError,
  formatFileSize,
  MAX_ATTACHMENT_BYTES,
  uploadAttachment,
  type UploadedAttachment,
} from '../referral-detail/attachments';
import { newIdempotencyKey } from '../referral-inbox/referral-common';

const context: EnlaceOperationContext = { handlesErrors: true };
type Referral = ServiceReferralQuery['serviceReferral'];
const OPEN = ['SENT', 'ACCEPTED', 'DELIVERED'];

/**
 * Calls `onEvent` with the referral's id when something happens on a referral to a service of the user's agency
 * (a message, a file, a step), and with null when events may have been missed (resync, reconnection).
 */
export function useServiceReferralEvents(onEvent: (referralId: string | null) => void) {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useSubscription(ServiceReferralEventsDocument, {
    onData: ({ data }) => {
      const event = data.data?.serviceReferralEvents;
      if (event) latest.current(event.type === 'resync' ? null : event.serviceReferralId);
    },
  });
  useEffect(() => onLiveReconnected(() => latest.current(null)), []);
}

/**
 * The conversation between the referring case worker and the provider, with its files; what the other side
 * writes appears by itself. Once sharing ends, the provider sees who wrote when, not what.
 */
export function ServiceReferralConversation({ referral, provider }: { referral: Referral; provider: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ServiceReferralConversationDocument, {
    variables: { referralId: referral.id },
    context,
    fetchPolicy: 'no-cache',
  });
  const messages = data?.serviceReferralMessages ?? [];
  const acronymOf = (agencyId: string) =>
    [referral.holdingAgency, referral.recipientAgency].find((agency) => agency.id === agencyId)?.acronym ?? '';
  const mayWrite = OPEN.includes(referral.status) && (!provider || referral.sharingInForce);
  return (
    <Section title={t('protection.conversation.title')}>
      {error && !data && <Alert severity="warning">{t('protection.conversation.unavailable')}</Alert>}
      {data && messages.length === 0 && (
        <Typography color="text.secondary">{t('protection.conversation.none')}</Typography>
      )}
      {messages.length > 0 && (
        <List dense aria-label={t('protection.conversation.title')}>
          {messages.map((message) => (
            <MessageItem key={message.id} message={message} agency={acronymOf(message.authorAgencyId)} />
          ))}
        </List>
      )}
      {data && mayWrite && <MessageForm referralId={referral.id} onPosted={() => void refetch()} />}
      <LiveRefetch referralId={referral.id} onChange={() => void refetch()} />
    </Section>
  );
}

function LiveRefetch({ referralId, onChange }: { referralId: string; onChange: () => void }) {
  useServiceReferralEvents((id) => {
    if (id === null || id === referralId) onChange();
  });
  return null;
}

function MessageItem({ message, agency }: { message: ServiceReferralMessageFieldsFragment; agency: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const restricted = message.body === null;
  return (
    <ListItem disableGutters sx={{ display: 'block' }}>
      <ListItemText
        primary={restricted ? t('protection.conversation.restricted') : message.body}
        secondary={[agency, formatDateTime(message.createdAt, language, timeZone)].filter(Boolean).join(' · ')}
        slotProps={{
          primary: { sx: { whiteSpace: 'pre-wrap', fontStyle: restricted ? 'italic' : undefined } },
        }}
      />
      {(message.attachments ?? []).length > 0 && (
        <Box component="ul" aria-label={t('protection.conversation.files')} sx={{ m: 0, pl: 0, listStyle: 'none' }}>
          {(message.attachments ?? []).map((file) => (
            <Box component="li" key={file.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <DownloadIcon fontSize="small" aria-hidden />
              {file.downloadPath && file.fileName ? (
                <Link
                  href={file.downloadPath}
                  download={file.fileName}
                  onClick={(event) => {
                    event.preventDefault();
                    downloadAttachment(file.downloadPath!, file.fileName!).catch((caught: unknown) =>
                      showNotice(t(caught instanceof AttachmentDownloadError ? caught.messageKey : 'error.internal')),
                    );
                  }}
                >
                  {file.fileName}
                </Link>
              ) : (
                <Typography variant="body2">{t('protection.conversation.restrictedFile')}</Typography>
              )}
              <Typography variant="body2" color="text.secondary">
                {formatFileSize(file.sizeBytes, language)}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </ListItem>
  );
}

function MessageForm({ referralId, onPosted }: { referralId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [post, { loading: posting }] = useMutation(PostServiceReferralMessageDocument, { context });
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<UploadedAttachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [formError, setFormError] = useState<string>();
  // One key per message as composed: a retry after a lost answer cannot post it twice.
  const messageKey = useRef<string | null>(null);
  const path = `/api/service-referrals/${encodeURIComponent(referralId)}/files`;

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(event.target.files ?? []);
    event.target.value = '';
    setFormError(undefined);
    setUploading(true);
    try {
      for (const file of picked) {
        const uploaded = await uploadAttachment(referralId, file, { path });
        setFiles((current) => [...current, uploaded]);
        messageKey.current = null;
      }
    } catch (caught) {
      const key = caught instanceof AttachmentUploadError ? caught.messageKey : 'error.internal';
      setFormError(t(key, { size: formatFileSize(MAX_ATTACHMENT_BYTES, language) }));
    } finally {
      setUploading(false);
    }
  };
  const submit = async () => {
    setFormError(undefined);
    try {
      messageKey.current ??= newIdempotencyKey();
      await post({
        variables: {
          input: { referralId, body: body.trim(), attachmentIds: files.map((file) => file.id) },
          idempotencyKey: messageKey.current,
        },
      });
      messageKey.current = null;
      setBody('');
      setFiles([]);
      showNotice(t('protection.conversation.sent'), 'success');
      onPosted();
    } catch (caught) {
      const message = translateProtectionError(caught, t);
      setFormError(Object.values(message.fields)[0] ?? message.message);
    }
  };
  return (
    <Box
      component="form"
      sx={{ mt: 2 }}
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) void submit();
      }}
    >
      <TextField
        fullWidth
        multiline
        minRows={2}
        label={t('protection.conversation.message')}
        value={body}
        slotProps={{ htmlInput: { maxLength: 4000 } }}
        onChange={(event) => {
          messageKey.current = null;
          setBody(event.target.value);
        }}
      />
      <ComposerAttachments
        files={files}
        onRemove={(id) => setFiles((current) => current.filter((candidate) => candidate.id !== id))}
        limitsId={`service-file-limits-${referralId}`}
        formError={formError}
        sendLabel={t('protection.conversation.send')}
        canSend={!!body.trim()}
        posting={posting}
        uploading={uploading}
        onAttach={(event) => void attach(event)}
      />
    </Box>
  );
}
