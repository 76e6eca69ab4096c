import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/date-field';
import { Section } from '../../forms/section';
import type { BulletinInput, BulletinKind, BulletinMechanismsQuery, LibraryHandlingCode } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../referral-inbox/referral-common';
import { BULLETIN_KINDS, BULLETIN_LANGUAGES, BULLETIN_LIMITS, translateBulletinError } from './bulletin-errors';

type Language = (typeof BULLETIN_LANGUAGES)[number];
type Texts = Record<Language, { title: string; body: string }>;
export type BulletinMechanism = BulletinMechanismsQuery['mechanisms'][number];

/** What the form starts from: empty for a new draft, the draft's own values when it is changed. */
export interface BulletinDraftValues {
  kind: BulletinKind;
  crossingPointId: string;
  handlingCode: LibraryHandlingCode;
  namedAgencyIds: string[];
  /** yyyy-mm-dd, the last day it is valid (until 23:59 of that day, the browser's time). */
  validUntil: string;
  texts: { language: string; title: string; body: string }[];
}

export const EMPTY_BULLETIN: BulletinDraftValues = {
  kind: 'ROUTE_MODUS_OPERANDI',
  crossingPointId: '',
  handlingCode: 'H2',
  namedAgencyIds: [],
  validUntil: '',
  texts: [],
};

interface BulletinFormProps {
  /** The mechanisms the user may draft for; a draft being changed keeps its own (only that one is given). */
  mechanisms: readonly BulletinMechanism[];
  initial: BulletinDraftValues;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (mechanismId: string, input: BulletinInput) => void;
}

const textsOf = (initial: BulletinDraftValues): Texts =>
  Object.fromEntries(
    BULLETIN_LANGUAGES.map((language) => {
      const text = initial.texts.find((candidate) => candidate.language === language);
      return [language, { title: text?.title ?? '', body: text?.body ?? '' }];
    }),
  ) as Texts;

/**
 * A bulletin's draft: kind, the mechanism, a crossing point, the handling code, until when it is valid, and the
 * text in one or more languages (empty languages are left out). Used to draft a bulletin and to change a draft.
 */
export function BulletinForm({ mechanisms, initial, submitLabel, saving, error, onSubmit }: BulletinFormProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [mechanismId, setMechanismId] = useState('');
  const [kind, setKind] = useState<BulletinKind>(initial.kind);
  const [crossingPointId, setCrossingPointId] = useState(initial.crossingPointId);
  const [handlingCode, setHandlingCode] = useState<LibraryHandlingCode>(initial.handlingCode);
  const [named, setNamed] = useState<string[]>(initial.namedAgencyIds);
  const [validUntil, setValidUntil] = useState(initial.validUntil);
  const [texts, setTexts] = useState(() => textsOf(initial));
  const [sentLanguages, setSentLanguages] = useState<Language[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const mechanism = mechanisms.find((m) => m.id === mechanismId) ?? mechanisms[0];
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
  if (!mechanism) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
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
    onSubmit(mechanism.id, {
      kind,
      texts: filled.map((lang) => ({ language: lang, title: texts[lang].title.trim(), body: texts[lang].body.trim() })),
      crossingPointId: crossingPointId || null,
      handlingCode,
      namedAgencyIds: handlingCode === 'H3' ? named : [],
      validUntil: new Date(`${validUntil}T23:59:00`).toISOString(),
    });
  };

  const otherFields = server ? Object.entries(server.fields).filter(([path]) => !path.startsWith('input.texts.')) : [];
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      <Section title={t('checks.bulletins.about')}>
        <Stack spacing={1.5}>
          {mechanisms.length > 1 && (
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
              {mechanisms.map((m) => (
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
        <Button type="submit" variant="contained" disabled={saving}>
          {submitLabel}
        </Button>
      </Box>
    </Stack>
  );
}
