import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { Section } from '../../forms/section';
import type { ConsentDataCategory, ConsentGivenBy, ConsentMethod, ProtectionService } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import {
  ConsentOptionsDocument,
  RecordConsentDocument,
  SurvivorConsentsDocument,
  WithdrawConsentDocument,
} from '../protection-common/protection.operations';
import { translateProtectionError } from '../protection-common/protection-terms';
import { AttachmentDownloadError, downloadAttachment } from '../referral-detail/attachment-download';
import { AttachmentUploadError, formatFileSize, uploadAttachment } from '../referral-detail/attachments';
import { DateField } from '../../ui/date-field';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { FileButton } from '../../ui/file-button';
import { browserToday as today } from '../../dates/day-bounds';

const context: EnlaceOperationContext = { handlesErrors: true };
export const CATEGORIES: ConsentDataCategory[] = [
  'IDENTITY',
  'AGE_AND_SEX',
  'LANGUAGES',
  'DOCUMENTS',
  'CONTACT',
  'LOCATION',
  'EXPLOITATION',
  'VULNERABILITIES',
];
export const SERVICES: ProtectionService[] = [
  'SAFE_SHELTER',
  'MEDICAL_CARE',
  'PSYCHOSOCIAL_SUPPORT',
  'LEGAL_AID',
  'DOCUMENTATION',
  'FAMILY_TRACING',
  'INTERPRETATION',
  'EDUCATION',
  'LIVELIHOOD',
];

const SCAN_TYPES = 'application/pdf,image/jpeg,image/png';
const SCAN_LABEL: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/**
 * The scan of the signed form: a download for who may see it (the assigned staff; the server decides, and audits
 * it), and for a signed form without one, a button to attach it (PDF, JPEG or PNG; stored encrypted).
 */
function SignedFormScan({
  consentId,
  scan,
  mayAttach,
  onAttached,
}: {
  consentId: string;
  scan: { mediaType: string; sizeBytes: number; downloadPath: string } | null;
  mayAttach: boolean;
  onAttached: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [uploading, setUploading] = useState(false);
  if (scan)
    return (
      <Box>
        <Button
          size="small"
          onClick={() =>
            void downloadAttachment(
              scan.downloadPath,
              `consent.${scan.mediaType === 'application/pdf' ? 'pdf' : scan.mediaType === 'image/png' ? 'png' : 'jpg'}`,
            ).catch((caught: unknown) =>
              showNotice(t(caught instanceof AttachmentDownloadError ? caught.messageKey : 'error.internal')),
            )
          }
        >
          {t('protection.consent.scan.download', {
            type: SCAN_LABEL[scan.mediaType] ?? scan.mediaType,
            size: formatFileSize(scan.sizeBytes, language),
          })}
        </Button>
      </Box>
    );
  if (!mayAttach) return null;
  return (
    <Box>
      <FileButton
        size="small"
        disabled={uploading}
        input={{
          accept: SCAN_TYPES,
          onChange: (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            if (!SCAN_LABEL[file.type]) {
              showNotice(t('protection.apiError.consent.scanType'), 'error');
              return;
            }
            setUploading(true);
            uploadAttachment(consentId, file, { path: `/api/consents/${encodeURIComponent(consentId)}/scan` })
              .then(() => {
                showNotice(t('protection.consent.scan.attached'), 'success');
                onAttached();
              })
              .catch((caught: unknown) =>
                showNotice(t(caught instanceof AttachmentUploadError ? caught.messageKey : 'error.internal'), 'error'),
              )
              .finally(() => setUploading(false));
          },
        }}
      >
        {uploading ? t('referrals.attachments.uploading') : t('protection.consent.scan.attach')}
      </FileButton>
    </Box>
  );
}

/**
 * A survivor's consents: what may be shared, with whom, for what, until when, and whether it is still in force.
 * The assigned case worker or supervisor records a consent (reading the versioned text in the person's language)
 * and withdraws it; a withdrawal ends every recipient's access at once.
 */
export function ConsentSection({ survivorId, mayRecord }: { survivorId: string; mayRecord: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { data, refetch } = useQuery(SurvivorConsentsDocument, {
    context,
    variables: { id: survivorId },
    fetchPolicy: 'network-only',
  });
  const [withdraw, withdrawing] = useMutation(WithdrawConsentDocument, { context });
  const [recording, setRecording] = useState(false);
  const consents = data?.survivor.consents ?? [];
  const withdrawOne = async (id: string) => {
    try {
      await withdraw({ variables: { id } });
      showNotice(t('protection.consent.withdrawn'), 'success');
      void refetch();
    } catch (failure) {
      showNotice(translateProtectionError(failure, t).message, 'error');
    }
  };
  return (
    <Section title={t('protection.consent.title')}>
      <Stack spacing={2}>
        {consents.length === 0 && <Typography>{t('protection.consent.none')}</Typography>}
        {consents.map((consent) => (
          <Paper key={consent.id} variant="outlined" sx={{ p: 2 }}>
            <Stack spacing={1}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                <Chip
                  size="small"
                  color={consent.status === 'ACTIVE' ? 'success' : 'default'}
                  label={t(`protection.consent.status.${consent.status}`)}
                />
                <Typography sx={{ fontWeight: 600 }}>
                  {consent.recipientAgency
                    ? `${consent.recipientAgency.acronym} · ${consent.recipientAgency.name}`
                    : t('protection.consent.kindInCountry', {
                        kind: consent.recipientAgencyKind,
                        country: consent.recipientCountryCode,
                      })}
                </Typography>
              </Stack>
              <Typography variant="body2">
                {t('protection.consent.for')}:{' '}
                {consent.purposes.map((value) => t(`protection.service.${value}`)).join(', ')}
              </Typography>
              <Typography variant="body2">
                {t('protection.consent.data')}:{' '}
                {consent.categories.map((value) => t(`protection.consent.category.${value}`)).join(', ')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('protection.consent.period', {
                  from: formatLocalDate(consent.validFrom, language) || String(consent.validFrom),
                  until: formatLocalDate(consent.validUntil, language) || String(consent.validUntil),
                })}{' '}
                · {t(`protection.consent.method.${consent.method}`)} ·{' '}
                {t(`protection.consent.givenBy.${consent.givenBy}`)} ·{' '}
                {t('protection.consent.textVersion', {
                  language: consent.text.language,
                  version: consent.text.version,
                })}
              </Typography>
              <SignedFormScan
                consentId={consent.id}
                scan={consent.signedFormScan ?? null}
                mayAttach={mayRecord && consent.method === 'SIGNED_FORM'}
                onAttached={() => void refetch()}
              />
              {mayRecord && consent.status !== 'WITHDRAWN' && (
                <Box>
                  <Button color="error" disabled={withdrawing.loading} onClick={() => void withdrawOne(consent.id)}>
                    {t('protection.consent.withdraw')}
                  </Button>
                </Box>
              )}
            </Stack>
          </Paper>
        ))}
        {mayRecord && (
          <Box>
            <Button variant="outlined" onClick={() => setRecording(true)}>
              {t('protection.consent.record')}
            </Button>
          </Box>
        )}
      </Stack>
      {recording && (
        <RecordConsentDialog
          survivorId={survivorId}
          onClose={(done) => {
            setRecording(false);
            if (done) void refetch();
          }}
        />
      )}
    </Section>
  );
}

function Choices<T extends string>({
  legend,
  values,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  values: T[];
  chosen: T[];
  label: (value: T) => string;
  onChange: (chosen: T[]) => void;
}) {
  return (
    <FormGroup>
      <FormLabel component="legend">{legend}</FormLabel>
      {values.map((value) => (
        <FormControlLabel
          key={value}
          label={label(value)}
          control={
            <Checkbox
              checked={chosen.includes(value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, value] : chosen.filter((item) => item !== value))
              }
            />
          }
        />
      ))}
    </FormGroup>
  );
}

function RecordConsentDialog({ survivorId, onClose }: { survivorId: string; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { data } = useQuery(ConsentOptionsDocument, { context });
  const [record, { loading }] = useMutation(RecordConsentDocument, { context });
  const [recipientAgencyId, setRecipient] = useState('');
  const [categories, setCategories] = useState<ConsentDataCategory[]>([]);
  const [purposes, setPurposes] = useState<ProtectionService[]>([]);
  const [validFrom, setFrom] = useState(today());
  const [validUntil, setUntil] = useState('');
  const [method, setMethod] = useState<ConsentMethod>('VERBAL_WITH_WITNESS');
  const [witnessName, setWitness] = useState('');
  const [signedFormReference, setForm] = useState('');
  const [givenBy, setGivenBy] = useState<ConsentGivenBy>('PERSON');
  const [childAssent, setChildAssent] = useState(false);
  const [guardianName, setGuardian] = useState('');
  const [textLanguage, setTextLanguage] = useState<string>(language);
  const [problems, setProblems] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const texts = data?.consentTexts ?? [];
  const text = texts.find((item) => item.language === textLanguage) ?? texts[0];
  const field = (name: string) => problems.fields[`input.${name}`];

  const save = async () => {
    try {
      await record({
        variables: {
          input: {
            survivorId,
            categories,
            purposes,
            recipientAgencyId: recipientAgencyId || null,
            validFrom,
            validUntil,
            method,
            witnessName: method === 'VERBAL_WITH_WITNESS' ? witnessName : null,
            signedFormReference: method === 'SIGNED_FORM' ? signedFormReference : null,
            givenBy,
            childAssent: givenBy === 'CHILD_AND_GUARDIAN' ? childAssent : null,
            guardianName: givenBy === 'CHILD_AND_GUARDIAN' ? guardianName : null,
            consentTextId: text?.id ?? '',
          },
        },
      });
      showNotice(t('protection.consent.recorded'), 'success');
      onClose(true);
    } catch (failure) {
      setProblems(translateProtectionError(failure, t));
    }
  };

  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="md">
      <DialogTitle>{t('protection.consent.record')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {problems.message && <Alert severity="error">{problems.message}</Alert>}
          <TextField
            select
            label={t('protection.consent.textLanguage')}
            value={text?.language ?? ''}
            onChange={(event) => setTextLanguage(event.target.value)}
          >
            {texts.map((item) => (
              <MenuItem key={item.id} value={item.language}>
                {t(`protection.consent.language.${item.language}`, { defaultValue: item.language })} · v{item.version}
              </MenuItem>
            ))}
          </TextField>
          {text && (
            <Paper variant="outlined" sx={{ p: 2 }} lang={text.language}>
              <Typography variant="body2">{text.text}</Typography>
            </Paper>
          )}
          <TextField
            select
            label={t('protection.consent.recipient')}
            value={recipientAgencyId}
            error={!!field('recipientAgencyId')}
            helperText={field('recipientAgencyId')}
            onChange={(event) => setRecipient(event.target.value)}
          >
            {(data?.agencies ?? []).map((agency) => (
              <MenuItem key={agency.id} value={agency.id}>
                {agency.acronym} · {agency.name} ({agency.country.id})
              </MenuItem>
            ))}
          </TextField>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
            <Choices
              legend={t('protection.consent.for')}
              values={SERVICES}
              chosen={purposes}
              label={(value) => t(`protection.service.${value}`)}
              onChange={setPurposes}
            />
            <Choices
              legend={t('protection.consent.data')}
              values={CATEGORIES}
              chosen={categories}
              label={(value) => t(`protection.consent.category.${value}`)}
              onChange={setCategories}
            />
          </Stack>
          {(field('purposes') || field('categories')) && (
            <Alert severity="error">{field('purposes') ?? field('categories')}</Alert>
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateField label={t('protection.consent.from')} value={validFrom} onChange={(day) => setFrom(day)} />
            <DateField
              label={t('protection.consent.until')}
              value={validUntil}
              error={!!field('validUntil')}
              helperText={field('validUntil')}
              onChange={(day) => setUntil(day)}
            />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              label={t('protection.consent.how')}
              value={method}
              onChange={(event) => setMethod(event.target.value as ConsentMethod)}
              sx={{ minWidth: 240 }}
            >
              {(['VERBAL_WITH_WITNESS', 'SIGNED_FORM'] as const).map((value) => (
                <MenuItem key={value} value={value}>
                  {t(`protection.consent.method.${value}`)}
                </MenuItem>
              ))}
            </TextField>
            {method === 'VERBAL_WITH_WITNESS' ? (
              <TextField
                label={t('protection.consent.witness')}
                value={witnessName}
                error={!!field('witnessName')}
                helperText={field('witnessName')}
                slotProps={{ htmlInput: { maxLength: 200 } }}
                onChange={(event) => setWitness(event.target.value)}
              />
            ) : (
              <TextField
                label={t('protection.consent.formReference')}
                value={signedFormReference}
                error={!!field('signedFormReference')}
                helperText={field('signedFormReference')}
                slotProps={{ htmlInput: { maxLength: 100 } }}
                onChange={(event) => setForm(event.target.value)}
              />
            )}
          </Stack>
          <TextField
            select
            label={t('protection.consent.whoGave')}
            value={givenBy}
            error={!!field('givenBy')}
            helperText={field('givenBy')}
            onChange={(event) => setGivenBy(event.target.value as ConsentGivenBy)}
          >
            {(['PERSON', 'CHILD_AND_GUARDIAN'] as const).map((value) => (
              <MenuItem key={value} value={value}>
                {t(`protection.consent.givenBy.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          {givenBy === 'CHILD_AND_GUARDIAN' && (
            <Stack spacing={1}>
              <FormControlLabel
                label={t('protection.consent.childAssent')}
                control={<Checkbox checked={childAssent} onChange={(event) => setChildAssent(event.target.checked)} />}
              />
              {field('childAssent') && <Alert severity="error">{field('childAssent')}</Alert>}
              <TextField
                label={t('protection.consent.guardian')}
                value={guardianName}
                error={!!field('guardianName')}
                helperText={field('guardianName')}
                slotProps={{ htmlInput: { maxLength: 200 } }}
                onChange={(event) => setGuardian(event.target.value)}
              />
            </Stack>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('protection.cancel')}</Button>
        <Button variant="contained" disabled={loading || !text} onClick={() => void save()}>
          {t('protection.consent.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
