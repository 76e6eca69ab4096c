import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Where the server makes a meeting's minutes as a PDF (coordination/minutes-pdf/minutes-pdf.routes.ts). */
export const minutesPdfPath = (meetingId: string, language: string) =>
  `/api/meetings/${meetingId}/minutes.pdf?lang=${encodeURIComponent(language)}`;

/**
 * One download per language the meeting is held in, for those who may read its minutes now (the server checks
 * again and answers 404 otherwise). A plain link: the browser sends the session cookie and saves the file.
 */
export function MinutesPdfLinks({
  meeting,
}: {
  meeting: { id: string; languages: readonly string[]; canReadMinutes: boolean };
}) {
  const { t } = useTranslation();
  if (!meeting.canReadMinutes) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {meeting.languages.map((language) => (
        <Button
          key={language}
          component="a"
          href={minutesPdfPath(meeting.id, language)}
          download
          variant="outlined"
          size="small"
          startIcon={<PictureAsPdfIcon />}
        >
          {t('coordinationWork.minutesPdf.download', { language: t(`coordinationWork.language.${language}`) })}
        </Button>
      ))}
    </Stack>
  );
}
