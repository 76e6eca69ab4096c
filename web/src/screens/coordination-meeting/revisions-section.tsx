import { useQuery } from '@apollo/client/react';
import { Alert, Box, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { MinutesDiffDocument } from '../coordination-common/coordination.operations';
import type { MeetingView } from './meeting-screen';

const LINE_STYLE: Record<string, object> = {
  ADDED: { bgcolor: '#e6f4ea', color: '#0d3b1a' },
  REMOVED: { bgcolor: '#fde7e9', color: '#5f0b14', textDecoration: 'line-through' },
  SAME: {},
};

/** Every approved revision with its reason; any two compared line by line. */
export function RevisionsSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const revisions = meeting.revisions;
  const last = revisions.at(-1)?.number ?? 0;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  if (revisions.length === 0) return null;
  return (
    <Section title={t('coordination.revisions.title')}>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {revisions.map((revision) => (
          <li key={revision.id}>
            <Typography>
              {t('coordination.revisions.line', {
                number: revision.number,
                date: formatDateTime(revision.approvedAt, language, timeZone),
              })}
            </Typography>
            {revision.reason && (
              <Typography variant="body2" color="text.secondary">
                {t('coordination.revisions.reason', { reason: revision.reason })}
              </Typography>
            )}
          </li>
        ))}
      </Box>
      {revisions.length > 1 && (
        <Stack spacing={1.5} sx={{ mt: 2 }}>
          <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
            {t('coordination.revisions.compare')}
          </Typography>
          <Stack direction="row" spacing={1}>
            {(
              [
                ['from', from, setFrom],
                ['to', to, setTo],
              ] as const
            ).map(([key, value, set]) => (
              <TextField
                key={key}
                select
                size="small"
                label={t(`coordination.revisions.${key}`)}
                value={value}
                onChange={(event) => set(Number(event.target.value))}
                sx={{ minWidth: 160 }}
              >
                {revisions.map((revision) => (
                  <MenuItem key={revision.number} value={revision.number}>
                    {t('coordination.revisions.number', { number: revision.number })}
                  </MenuItem>
                ))}
              </TextField>
            ))}
          </Stack>
          <RevisionDiff meetingId={meeting.id} from={from} to={to} />
        </Stack>
      )}
    </Section>
  );
}

function RevisionDiff({ meetingId, from, to }: { meetingId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MinutesDiffDocument, {
    variables: { meetingId, fromRevision: from, toRevision: to },
    context: { handlesErrors: true },
  });
  if (loading && !data) return <LinearProgress aria-label={t('coordination.loading')} />;
  if (error) return <Alert severity="error">{translateCoordinationError(error, t).message}</Alert>;
  const changed = (data?.minutesDiff ?? []).filter((item) => item.changed);
  if (changed.length === 0)
    return <Typography color="text.secondary">{t('coordination.revisions.noChange')}</Typography>;
  return (
    <Stack spacing={1.5}>
      {changed.map((item) => (
        <Box key={item.agendaItemId}>
          <Typography sx={{ fontWeight: 600 }}>
            {t('coordination.minutes.item', { number: item.position, title: item.title })}
          </Typography>
          <Box
            component="pre"
            sx={{ m: 0, p: 1, fontFamily: 'monospace', whiteSpace: 'pre-wrap', border: 1, borderColor: 'divider' }}
          >
            {item.lines.map((line, index) => (
              <Box key={index} component="span" sx={{ display: 'block', ...LINE_STYLE[line.kind] }}>
                <span aria-label={t(`coordination.revisions.lineKind.${line.kind}`)}>
                  {line.kind === 'ADDED' ? '+ ' : line.kind === 'REMOVED' ? '− ' : '  '}
                </span>
                {line.text}
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
