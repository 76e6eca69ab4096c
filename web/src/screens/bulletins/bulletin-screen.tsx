import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound, localName } from '../referral-inbox/referral-common';
import { ID_PATTERN } from '../coordination-common/meeting-terms';
import { translateBulletinError } from './bulletin-errors';
import { AcknowledgeBulletinDocument, BulletinDocument, PublishBulletinDocument } from './bulletins.generated';
import { FileButton } from '../../ui/file-button';

/** One bulletin: its texts, specimen images, acknowledgement; for the secretariat, publishing and who acknowledged. */
export function BulletinScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <BulletinPage id={id} />;
}

function BulletinPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { data, loading, error, refetch } = useQuery(BulletinDocument, {
    variables: { id },
    context: { handlesErrors: true },
  });
  const [publish, published] = useMutation(PublishBulletinDocument, { context: { handlesErrors: true } });
  const [acknowledge, acknowledged] = useMutation(AcknowledgeBulletinDocument, { context: { handlesErrors: true } });
  const [uploadProblem, setUploadProblem] = useState<string | null>(null);
  if (isNotFound(error)) return <NotFoundScreen />;
  const bulletin = data?.bulletin;
  const when = (iso: unknown) => formatDateTime(iso as string, language, timeZone);
  const publishError = published.error ? translateBulletinError(published.error, t) : null;
  const fieldName = (path: string) => {
    const [, index, field] = path.split('.');
    const text = bulletin?.texts[Number(index)];
    return text ? `${t(`checks.bulletins.language.${text.language}`)} – ${t(`checks.bulletins.field.${field}`)}` : path;
  };
  const upload = async (file: File | undefined) => {
    if (!file || !bulletin) return;
    setUploadProblem(null);
    const response = await fetch(`/api/bulletins/${bulletin.id}/images`, {
      method: 'POST',
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
        'x-requested-with': 'enlace',
      },
      body: file,
    });
    if (response.ok) void refetch();
    else setUploadProblem(t('checks.bulletins.uploadFailed'));
  };
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1000 }}>
      <Box>
        <Button component={Link} to="/bulletins" startIcon={<ArrowBackIcon />} size="small">
          {t('checks.bulletins.back')}
        </Button>
      </Box>
      {loading && !data && <LinearProgress aria-label={t('checks.loading')} />}
      {error && <Alert severity="error">{translateBulletinError(error, t).message}</Alert>}
      {bulletin && (
        <>
          <header>
            <Typography variant="h1" lang={bulletin.texts[0]?.language}>
              {(bulletin.texts.find((text) => text.language === language) ?? bulletin.texts[0])?.title}
            </Typography>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
              <Chip size="small" label={t(`checks.bulletins.kind.${bulletin.kind}`)} />
              <Chip size="small" variant="outlined" label={t(`checks.bulletins.status.${bulletin.status}`)} />
              <Chip
                size="small"
                variant="outlined"
                label={`${bulletin.handlingCode}: ${t(`checks.bulletins.handling.${bulletin.handlingCode}`)}`}
              />
              {!bulletin.validNow && <Chip size="small" color="warning" label={t('checks.bulletins.notValid')} />}
            </Stack>
          </header>
          <Box
            component="dl"
            sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}
          >
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {t('checks.bulletins.field.mechanism')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {localName(bulletin.mechanism.names as never, language)}
            </Typography>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {t('checks.bulletins.field.validity')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {when(bulletin.validFrom)} – {when(bulletin.validUntil)}
            </Typography>
            {bulletin.crossingPoint && (
              <>
                <Typography component="dt" sx={{ fontWeight: 600 }}>
                  {t('checks.bulletins.field.crossingPoint')}
                </Typography>
                <Typography component="dd" sx={{ m: 0 }}>
                  {bulletin.crossingPoint.name}
                </Typography>
              </>
            )}
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {t('checks.bulletins.field.draftedBy')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {bulletin.draftingAgency.acronym}
            </Typography>
          </Box>

          {bulletin.canUpdate && (
            <Box>
              <Button
                component={Link}
                to={`/bulletins/${bulletin.id}/edit`}
                variant="outlined"
                startIcon={<EditIcon />}
              >
                {t('checks.bulletins.edit')}
              </Button>
            </Box>
          )}
          {bulletin.canAcknowledge && !bulletin.acknowledgedByMyAgencyAt && (
            <Box>
              <Button
                variant="contained"
                disabled={acknowledged.loading}
                onClick={() => void acknowledge({ variables: { id: bulletin.id } }).catch(() => null)}
              >
                {t('checks.bulletins.acknowledge')}
              </Button>
            </Box>
          )}
          {bulletin.acknowledgedByMyAgencyAt && (
            <Alert severity="success" role="status">
              {t('checks.bulletins.acknowledgedAt', { date: when(bulletin.acknowledgedByMyAgencyAt) })}
            </Alert>
          )}
          {acknowledged.error && (
            <Alert severity="error">{translateBulletinError(acknowledged.error, t).message}</Alert>
          )}

          {bulletin.texts.map((text) => (
            <Section key={text.language} title={t(`checks.bulletins.language.${text.language}`)}>
              <Box lang={text.language}>
                <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600, mb: 1 }}>
                  {text.title}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{text.body}</Typography>
              </Box>
            </Section>
          ))}

          {(bulletin.images.length > 0 || bulletin.canUpdate) && (
            <Section title={t('checks.bulletins.specimens')}>
              <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {bulletin.images.map((image) => (
                  <Box component="figure" key={image.id} sx={{ m: 0, maxWidth: 320 }}>
                    <Box
                      component="img"
                      src={image.downloadPath}
                      alt={t('checks.bulletins.specimenAlt', { name: image.fileName })}
                      sx={{ maxWidth: '100%', border: 1, borderColor: 'divider' }}
                    />
                    <Typography component="figcaption" variant="body2">
                      {image.fileName}
                    </Typography>
                  </Box>
                ))}
              </Stack>
              {bulletin.canUpdate && (
                <FileButton
                  size="small"
                  variant="outlined"
                  sx={{ mt: 1 }}
                  input={{
                    accept: 'image/png,image/jpeg',
                    'aria-label': t('checks.bulletins.addSpecimen'),
                    onChange: (event) => void upload(event.target.files?.[0]),
                  }}
                >
                  {t('checks.bulletins.addSpecimen')}
                </FileButton>
              )}
              {uploadProblem && (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {uploadProblem}
                </Alert>
              )}
            </Section>
          )}

          {bulletin.canPublish && (
            <Section title={t('checks.bulletins.publishTitle')}>
              <Typography sx={{ mb: 1 }}>{t('checks.bulletins.publishHelp')}</Typography>
              <Button
                variant="contained"
                disabled={published.loading}
                onClick={() => void publish({ variables: { id: bulletin.id } }).catch(() => null)}
              >
                {t('checks.bulletins.publish')}
              </Button>
              {publishError && (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {[
                    publishError.message,
                    ...Object.entries(publishError.fields).map(([path, message]) => `${fieldName(path)}: ${message}`),
                  ].join(' ')}
                </Alert>
              )}
            </Section>
          )}

          {bulletin.acknowledgements.length > 0 && (
            <Section title={t('checks.bulletins.acknowledgements')}>
              <Table size="small" aria-label={t('checks.bulletins.acknowledgements')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('checks.bulletins.agency')}</TableCell>
                    <TableCell>{t('checks.bulletins.acknowledgedColumn')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {bulletin.acknowledgements.map((row) => (
                    <TableRow key={row.agency.id}>
                      <TableCell>
                        <abbr title={row.agency.name}>{row.agency.acronym}</abbr>
                      </TableCell>
                      <TableCell>
                        {row.acknowledgedAt ? (
                          when(row.acknowledgedAt)
                        ) : (
                          <strong>{t('checks.bulletins.notYet')}</strong>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Section>
          )}
        </>
      )}
    </Stack>
  );
}
