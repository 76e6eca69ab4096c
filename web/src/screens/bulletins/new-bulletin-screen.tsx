import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DateField } from '../../ui/date-field';
import { Section } from '../../forms/section';
import type { BulletinKind, LibraryHandlingCode } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../referral-inbox/referral-common';
import { BULLETIN_KINDS, BULLETIN_LANGUAGES, BULLETIN_LIMITS, translateBulletinError } from './bulletin-errors';
import { BulletinMechanismsDocument, CreateBulletinDocument } from './bulletins.generated';

type Language = (typeof BULLETIN_LANGUAGES)[number];
const EMPTY_TEXTS = Object.fromEntries(
  BULLETIN_LANGUAGES.map((language) => [language, { title: '', body: '' }]),
) as Record<Language, { title: string; body: string }>;

/**
 * A new bulletin's draft: kind, the mechanism, a crossing point, the handling code, until when it is valid, and the
 * text in one or more languages (empty languages are left out). The secretariat publishes it from its page.
 */
export function NewBulletinScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const mechanisms = useQuery(BulletinMechanismsDocument, { context: { handlesErrors: true } });
  const list = mechanisms.data?.mechanisms ?? [];
  const [mechanismId, setMechanismId] = useState('');
  const [kind, setKind] = useState<BulletinKind>('ROUTE_MODUS_OPERANDI');
  const [crossingPointId, setCrossingPointId] = useState('');
  const [handlingCode, setHandlingCode] = useState<LibraryHandlingCode>('H2');
  const [named, setNamed] = useState<string[]>([]);
  const [validUntil, setValidUntil] = useState('');
  const [texts, setTexts] = useState(EMPTY_TEXTS);
  const [sentLanguages, setSentLanguages] = useState<Language[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [create, { error, loading }] = useMutation(CreateBulletinDocument, { context: { handlesErrors: true } });
  const mechanism = list.find((m) => m.id === mechanismId) ?? list[0];
  const server = error ? translateBulletinError(error, t) : null;
  /** The server names texts by their place in what was sent; the form by language. */
  const serverFieldOf = (lang: Language, field: 'title' | 'body') => {
    const index = sentLanguages.indexOf(lang);
    return index < 0 ? undefined : server?.fields[`input.texts.${index}.${field}`];
  };
  const textError = (lang: Language, field: 'title' | 'body') => {
    const message = local[`${lang}.${field}`];
    return message ? t(message) : serverFieldOf(lang, field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!mechanism) return;
    const filled = BULLETIN_LANGUAGES.filter((lang) => texts[lang].title.trim() || texts[lang].body.trim());
    const problems: Record<string, string> = {};
    for (const lang of filled) {
      if (!texts[lang].title.trim()) problems[`${lang}.title`] = 'validation.required';
      if (!texts[lang].body.trim()) problems[`${lang}.body`] = 'validation.required';
    }
    if (filled.length === 0) problems['es.title'] = 'checks.bulletins.error.languageRequired';
    if (!validUntil) problems.validUntil = 'validation.required';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    setSentLanguages(filled);
    const input = {
      kind,
      texts: filled.map((lang) => ({ language: lang, title: texts[lang].title.trim(), body: texts[lang].body.trim() })),
      crossingPointId: crossingPointId || null,
      handlingCode,
      namedAgencyIds: handlingCode === 'H3' ? named : [],
      validUntil: new Date(`${validUntil}T23:59:00`).toISOString(),
    };
    const result = await create({ variables: { mechanismId: mechanism.id, input } }).catch(() => null);
    if (result?.data) void navigate(`/bulletins/${result.data.createBulletin.id}`);
  };

  const otherFields = server ? Object.entries(server.fields).filter(([path]) => !path.startsWith('input.texts.')) : [];
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 900 }}>
      <Box>
        <Button component={Link} to="/bulletins" startIcon={<ArrowBackIcon />} size="small">
          {t('checks.bulletins.back')}
        </Button>
      </Box>
      <header>
        <Typography variant="h1">{t('checks.bulletins.newTitle')}</Typography>
        <Typography color="text.secondary">{t('checks.bulletins.noPersonData')}</Typography>
      </header>
      {mechanisms.loading && <LinearProgress aria-label={t('checks.loading')} />}
      {mechanism && (
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          <Section title={t('checks.bulletins.about')}>
            <Stack spacing={1.5}>
              {list.length > 1 && (
                <TextField
                  select
                  label={t('checks.bulletins.field.mechanism')}
                  value={mechanism.id}
                  onChange={(event) => {
                    setMechanismId(event.target.value);
                    setCrossingPointId('');
                    setNamed([]);
                  }}
                >
                  {list.map((m) => (
                    <MenuItem key={m.id} value={m.id}>
                      {localName(m.names as never, language)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
              <TextField
                select
                label={t('checks.bulletins.field.kind')}
                value={kind}
                onChange={(event) => setKind(event.target.value as BulletinKind)}
              >
                {BULLETIN_KINDS.map((value) => (
                  <MenuItem key={value} value={value}>
                    {t(`checks.bulletins.kind.${value}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label={t('checks.bulletins.field.crossingPoint')}
                value={crossingPointId}
                onChange={(event) => setCrossingPointId(event.target.value)}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              >
                <MenuItem value="">{t('checks.bulletins.wholeBorder')}</MenuItem>
                {mechanism.crossingPoints.map((point) => (
                  <MenuItem key={point.id} value={point.id}>
                    {point.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label={t('checks.bulletins.field.handlingCode')}
                value={handlingCode}
                onChange={(event) => setHandlingCode(event.target.value as LibraryHandlingCode)}
              >
                {(['H1', 'H2', 'H3'] as const).map((code) => (
                  <MenuItem key={code} value={code}>
                    {`${code}: ${t(`checks.bulletins.handling.${code}`)}`}
                  </MenuItem>
                ))}
              </TextField>
              {handlingCode === 'H3' && (
                <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                  <FormLabel component="legend" required>
                    {t('checks.bulletins.field.namedAgencies')}
                  </FormLabel>
                  <FormGroup row>
                    {mechanism.memberAgencies.map((agency) => (
                      <FormControlLabel
                        key={agency.id}
                        label={agency.acronym}
                        control={
                          <Checkbox
                            checked={named.includes(agency.id)}
                            onChange={(event) =>
                              setNamed(
                                event.target.checked ? [...named, agency.id] : named.filter((id) => id !== agency.id),
                              )
                            }
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                </Box>
              )}
              <DateField
                label={t('checks.bulletins.field.validUntil')}
                required
                value={validUntil}
                onChange={setValidUntil}
                error={!!local.validUntil || !!server?.fields['input.validUntil']}
                helperText={
                  (local.validUntil ? t(local.validUntil) : server?.fields['input.validUntil']) ??
                  t('checks.bulletins.validUntilHelp')
                }
              />
            </Stack>
          </Section>
          {BULLETIN_LANGUAGES.map((lang) => (
            <Section key={lang} title={t(`checks.bulletins.language.${lang}`)}>
              <Stack spacing={1.5} lang={lang}>
                <TextField
                  label={t('checks.bulletins.field.title')}
                  value={texts[lang].title}
                  onChange={(event) => setTexts({ ...texts, [lang]: { ...texts[lang], title: event.target.value } })}
                  error={!!textError(lang, 'title')}
                  helperText={textError(lang, 'title')}
                  slotProps={{ htmlInput: { maxLength: BULLETIN_LIMITS.title } }}
                />
                <TextField
                  label={t('checks.bulletins.field.body')}
                  multiline
                  minRows={lang === 'es' ? 5 : 2}
                  value={texts[lang].body}
                  onChange={(event) => setTexts({ ...texts, [lang]: { ...texts[lang], body: event.target.value } })}
                  error={!!textError(lang, 'body')}
                  helperText={textError(lang, 'body')}
                  slotProps={{ htmlInput: { maxLength: BULLETIN_LIMITS.body } }}
                />
              </Stack>
            </Section>
          ))}
          {server && (
            <Alert severity="error">{[server.message, ...otherFields.map(([, message]) => message)].join(' ')}</Alert>
          )}
          <Box>
            <Button type="submit" variant="contained" disabled={loading}>
              {t('checks.bulletins.saveDraft')}
            </Button>
          </Box>
        </Stack>
      )}
    </Stack>
  );
}
