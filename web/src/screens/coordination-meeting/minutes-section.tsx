import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Divider, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { CommentOnMinutesDocument, WriteMinutesDocument } from '../coordination-common/coordination.operations';
import { Markdown } from '../coordination-common/markdown';
import type { MeetingView } from './meeting-screen';

type Item = MeetingView['agenda'][number];
type Comment = MeetingView['comments'][number];

/** The minutes, item by item, with the focal points' comments under each; the secretariat writes them here. */
export function MinutesSection({ meeting, onChanged }: { meeting: MeetingView; onChanged: () => void }) {
  const { t } = useTranslation();
  if (!meeting.canReadMinutes || meeting.agenda.length === 0) return null;
  return (
    <Section title={t('coordination.minutes.title')}>
      <Stack spacing={3} divider={<Divider flexItem />}>
        {meeting.agenda.map((item) => (
          <MinutesItem key={item.id} meeting={meeting} item={item} onChanged={onChanged} />
        ))}
      </Stack>
    </Section>
  );
}

function MinutesItem({ meeting, item, onChanged }: { meeting: MeetingView; item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mayWrite = meeting.availableActions.includes('update');
  const comments = meeting.comments.filter((comment) => comment.agendaItemId === item.id);
  const headingId = `minutes-item-${item.id}`;
  return (
    <Box component="article" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
        {t('coordination.minutes.item', { number: item.position, title: item.title })}
      </Typography>
      {editing ? (
        <MinutesEditor item={item} onDone={() => setEditing(false)} />
      ) : item.minutes ? (
        <Markdown text={item.minutes} />
      ) : (
        <Typography color="text.secondary">{t('coordination.minutes.emptyItem')}</Typography>
      )}
      {mayWrite && !editing && (
        <Button size="small" onClick={() => setEditing(true)}>
          {t('coordination.minutes.write')}
        </Button>
      )}
      {(comments.length > 0 || meeting.availableActions.includes('comment')) && (
        <CommentThread meeting={meeting} item={item} comments={comments} onChanged={onChanged} />
      )}
    </Box>
  );
}

/** Markdown with a preview, as the readers will see it. */
function MinutesEditor({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(item.minutes ?? '');
  const [tab, setTab] = useState(0);
  const [save, { loading, error }] = useMutation(WriteMinutesDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  async function submit() {
    const result = await save({ variables: { agendaItemId: item.id, minutes: text } }).catch(() => null);
    if (result?.data) onDone();
  }
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <Tabs
        value={tab}
        onChange={(_, value: number) => setTab(value)}
        aria-label={t('coordination.minutes.editorTabs')}
      >
        <Tab label={t('coordination.minutes.writeTab')} id={`write-${item.id}`} aria-controls={`panel-${item.id}`} />
        <Tab
          label={t('coordination.minutes.previewTab')}
          id={`preview-${item.id}`}
          aria-controls={`panel-${item.id}`}
        />
      </Tabs>
      <Box
        id={`panel-${item.id}`}
        role="tabpanel"
        aria-labelledby={tab === 0 ? `write-${item.id}` : `preview-${item.id}`}
      >
        {tab === 0 ? (
          <TextField
            label={t('coordination.minutes.textLabel', { title: item.title })}
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={6}
            fullWidth
            slotProps={{ htmlInput: { maxLength: 20000 } }}
            helperText={apiError?.fields.minutes ?? t('coordination.minutes.markdownHelp')}
            error={!!apiError?.fields.minutes}
          />
        ) : (
          <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, minHeight: 120 }}>
            {text ? (
              <Markdown text={text} />
            ) : (
              <Typography color="text.secondary">{t('coordination.minutes.emptyItem')}</Typography>
            )}
          </Box>
        )}
      </Box>
      {apiError && !apiError.fields.minutes && <Alert severity="error">{apiError.message}</Alert>}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={onDone}>{t('coordination.form.cancel')}</Button>
        <Button variant="contained" disabled={loading} onClick={() => void submit()}>
          {t('coordination.form.save')}
        </Button>
      </Stack>
    </Stack>
  );
}

/** Comments on one item, replies under the comment they answer; a form while comments are open. */
function CommentThread({
  meeting,
  item,
  comments,
  onChanged,
}: {
  meeting: MeetingView;
  item: Item;
  comments: Comment[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const mayComment = meeting.availableActions.includes('comment');
  const topLevel = comments.filter((comment) => !comment.replyToId);
  const repliesTo = (id: string) => comments.filter((comment) => comment.replyToId === id);
  return (
    <Box sx={{ mt: 1.5, pl: 2, borderLeft: 3, borderColor: 'divider' }}>
      <Typography variant="subtitle2" component="h4">
        {t('coordination.comments.title', { count: comments.length })}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {topLevel.map((comment) => (
          <li key={comment.id}>
            <CommentView comment={comment} />
            <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: 3 }}>
              {repliesTo(comment.id).map((reply) => (
                <li key={reply.id}>
                  <CommentView comment={reply} />
                </li>
              ))}
            </Box>
            {mayComment && <CommentForm itemId={item.id} replyToId={comment.id} onPosted={onChanged} />}
          </li>
        ))}
      </Box>
      {mayComment && <CommentForm itemId={item.id} replyToId={null} onPosted={onChanged} />}
    </Box>
  );
}

function CommentView({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return (
    <Box sx={{ my: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {comment.byMe ? t('coordination.comments.byMe') : comment.authorAgency.acronym} ·{' '}
        {formatDateTime(comment.createdAt, language, timeZone)}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Typography>
    </Box>
  );
}

function CommentForm({
  itemId,
  replyToId,
  onPosted,
}: {
  itemId: string;
  replyToId: string | null;
  onPosted: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(replyToId === null);
  const [body, setBody] = useState('');
  const [post, { loading, error }] = useMutation(CommentOnMinutesDocument, { context: { handlesErrors: true } });
  const apiError = error ? translateCoordinationError(error, t) : null;
  if (!open) {
    return (
      <Button size="small" onClick={() => setOpen(true)}>
        {t('coordination.comments.reply')}
      </Button>
    );
  }
  async function submit() {
    const result = await post({ variables: { agendaItemId: itemId, body, replyToId } }).catch(() => null);
    if (result?.data) {
      setBody('');
      if (replyToId) setOpen(false);
      onPosted();
    }
  }
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <TextField
        label={replyToId ? t('coordination.comments.replyLabel') : t('coordination.comments.newLabel')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={2}
        size="small"
        slotProps={{ htmlInput: { maxLength: 4000 } }}
        error={!!apiError}
        helperText={apiError ? (apiError.fields.body ?? apiError.message) : undefined}
      />
      <Box>
        <Button variant="outlined" size="small" disabled={loading || !body.trim()} onClick={() => void submit()}>
          {t('coordination.comments.post')}
        </Button>
      </Box>
    </Stack>
  );
}
