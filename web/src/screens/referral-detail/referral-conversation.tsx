import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Link, Stack, TextField, Typography, alpha } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import { type ReferralConversationQuery, type ReferralDetailFieldsFragment } from '../../gql/graphql';
import { PostReferralMessageDocument, ReferralConversationDocument } from './referral-detail.generated';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { newIdempotencyKey, translateReferralError } from '../referral-inbox/referral-common';
import { useReferralEvents } from '../referral-inbox/use-referral-events';
import {
  AttachmentUploadError,
  formatFileSize,
  MAX_ATTACHMENT_BYTES,
  uploadAttachment,
  type UploadedAttachment,
} from './attachments';
import { AttachmentDownloadError, downloadAttachment } from './attachment-download';
import { ComposerAttachments } from './composer-attachments';
import { context, Section } from './detail-parts';

type Message = ReferralConversationQuery['referralMessages'][number];

/** Messages between the two agencies, with their files; a reply from the other side appears by itself. */
export function Conversation({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ReferralConversationDocument, {
    variables: { referralId: referral.id },
    context,
  });
  useReferralEvents((referralId) => {
    if (referralId === null || referralId === referral.id) void refetch();
  });
  const { user } = useSession();
  const acronymOf = (agencyId: string) =>
    [referral.sendingAgency, referral.receivingAgency].find((agency) => agency.id === agencyId)?.acronym ?? '';

  return (
    <Section title={t('referrals.detail.conversation')}>
      {error && !data && <Alert severity="warning">{t('referrals.detail.conversationUnavailable')}</Alert>}
      {data && data.referralMessages.length === 0 && (
        <Typography color="text.secondary">{t('referrals.detail.noMessages')}</Typography>
      )}
      {data && data.referralMessages.length > 0 && (
        <Stack component="ol" spacing={1.5} aria-label={t('referrals.detail.conversation')} sx={{ m: 0, p: 0 }}>
          {data.referralMessages.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              agency={acronymOf(message.authorAgencyId)}
              ownAgency={message.authorAgencyId === user?.agency.id}
              mine={!!message.authorId && message.authorId === user?.id}
            />
          ))}
        </Stack>
      )}
      {data && <MessageForm referralId={referral.id} onPosted={() => void refetch()} />}
    </Section>
  );
}

/**
 * One message as in a chat: the reader's agency on the right, the other agency on the left, each with who wrote
 * it (name and agency), when, and its files right under the text.
 */
function MessageItem({
  message,
  agency,
  ownAgency,
  mine,
}: {
  message: Message;
  agency: string;
  ownAgency: boolean;
  mine: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const author = mine ? t('referrals.detail.you') : (message.authorName ?? t('referrals.detail.system', { agency }));
  return (
    <Box
      component="li"
      aria-label={t('referrals.detail.messageFrom', { author: `${author} (${agency})` })}
      sx={{ listStyle: 'none', display: 'flex', justifyContent: ownAgency ? 'flex-end' : 'flex-start' }}
    >
      <Box
        sx={(theme) => ({
          maxWidth: { xs: '88%', sm: '75%' },
          px: 1.75,
          py: 1.25,
          borderRadius: 2,
          border: 1,
          borderColor: ownAgency ? 'primary.light' : 'divider',
          bgcolor: ownAgency ? alpha(theme.palette.primary.main, 0.08) : 'background.default',
          borderTopRightRadius: ownAgency ? 4 : undefined,
          borderTopLeftRadius: ownAgency ? undefined : 4,
        })}
      >
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {author}
          <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
            {` · ${agency}`}
          </Box>
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', my: 0.5 }}>{message.body}</Typography>
        {message.attachments.length > 0 && (
          <Box
            component="ul"
            aria-label={t('referrals.attachments.listLabel')}
            sx={{ m: 0, mb: 0.5, pl: 0, listStyle: 'none' }}
          >
            {message.attachments.map((attachment) => (
              <Box component="li" key={attachment.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <DownloadIcon fontSize="small" aria-hidden />
                {/* The authenticated route: only a user who may read the referral gets the bytes. */}
                {/* Fetched with retries (503 + Retry-After) so an error page is never saved as the file. */}
                <Link
                  href={attachment.downloadPath}
                  download={attachment.fileName}
                  sx={{ overflowWrap: 'anywhere' }}
                  onClick={(event) => {
                    event.preventDefault();
                    downloadAttachment(attachment.downloadPath, attachment.fileName).catch((caught: unknown) =>
                      showNotice(t(caught instanceof AttachmentDownloadError ? caught.messageKey : 'error.internal')),
                    );
                  }}
                >
                  {attachment.fileName}
                </Link>
                <Typography variant="body2" color="text.secondary">
                  {formatFileSize(attachment.sizeBytes, language)}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ textAlign: 'right' }}>
          {formatDateTime(message.createdAt, language, timeZone)}
        </Typography>
      </Box>
    </Box>
  );
}

function MessageForm({ referralId, onPosted }: { referralId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [post, { loading: posting }] = useMutation(PostReferralMessageDocument, { context });
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<UploadedAttachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [formError, setFormError] = useState<string>();
  // One key per message as composed: a retry of the same text after a lost answer cannot post it twice, and
  // any edit makes it a new message with a new key.
  const messageKey = useRef<string | null>(null);

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(event.target.files ?? []);
    event.target.value = '';
    setFormError(undefined);
    setUploading(true);
    try {
      for (const file of picked) {
        const uploaded = await uploadAttachment(referralId, file);
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
      const attachmentIds = files.map((file) => file.id);
      messageKey.current ??= newIdempotencyKey();
      const idempotencyKey = messageKey.current;
      await post({ variables: { input: { referralId, body: body.trim(), attachmentIds }, idempotencyKey } });
      messageKey.current = null;
      setBody('');
      setFiles([]);
      showNotice(t('referrals.detail.messageSent'), 'success');
      onPosted();
    } catch (caught) {
      setFormError(translateReferralError(caught, t));
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
        label={t('referrals.detail.message')}
        value={body}
        onChange={(event) => {
          messageKey.current = null;
          setBody(event.target.value);
        }}
      />
      <ComposerAttachments
        files={files}
        onRemove={(id) => setFiles((current) => current.filter((candidate) => candidate.id !== id))}
        limitsId={`attachment-limits-${referralId}`}
        formError={formError}
        sendLabel={t('referrals.detail.sendMessage')}
        canSend={!!body.trim()}
        posting={posting}
        uploading={uploading}
        onAttach={(event) => void attach(event)}
      />
    </Box>
  );
}
