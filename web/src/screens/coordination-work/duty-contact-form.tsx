import { useMutation } from '@apollo/client/react';
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
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../forms/section';
import type { DutyContactFieldsFragment } from '../../gql/graphql';
import { CreateDutyContactDocument, UpdateDutyContactDocument } from './roster.generated';
import { INTL_LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateCoordinationError } from '../coordination-common/coordination-errors';

const DAYS = [1, 2, 3, 4, 5, 6, 7];
const LANGUAGES = ['es', 'pt', 'en', 'fr'] as const;
type TextInput = 'deskName' | 'officerName' | 'phone' | 'radioChannel' | 'email' | 'secureChannel' | 'timeZone';
const MAX_LENGTH: Record<TextInput, number> = {
  deskName: 200,
  officerName: 200,
  phone: 40,
  radioChannel: 60,
  email: 254,
  secureChannel: 200,
  timeZone: 64,
};

const dayName = (day: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));

/**
 * An agency admin adds a line for their agency (a desk, its hours in its time zone, and how to reach it), or,
 * given `contact`, changes one of its lines; the server checks both the same way and audits them.
 */
export function DutyContactForm({
  mechanismId,
  crossingPoints,
  contact,
  onDone,
  onCancel,
}: {
  mechanismId: string;
  crossingPoints: { id: string; name: string }[];
  contact?: DutyContactFieldsFragment;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const empty = {
    deskName: contact?.deskName ?? '',
    officerName: contact?.officerName ?? '',
    phone: contact?.phone ?? '',
    radioChannel: contact?.radioChannel ?? '',
    email: contact?.email ?? '',
    secureChannel: contact?.secureChannel ?? '',
    timeZone: contact?.timeZone ?? timeZone,
    crossingPointId: contact?.crossingPoint?.id ?? '',
    from: contact?.from ?? '08:00',
    until: contact?.until ?? '17:00',
  };
  const [form, setForm] = useState(empty);
  const [alwaysOn, setAlwaysOn] = useState(contact?.alwaysOn ?? true);
  const [days, setDays] = useState<number[]>(contact && !contact.alwaysOn ? contact.days : [1, 2, 3, 4, 5]);
  const [languages, setLanguages] = useState<string[]>(contact?.languages ?? [language]);
  const [create, created] = useMutation(CreateDutyContactDocument, { context: { handlesErrors: true } });
  const [update, updated] = useMutation(UpdateDutyContactDocument, { context: { handlesErrors: true } });
  const { error, loading } = contact ? updated : created;
  const problems = error ? translateCoordinationError(error, t) : null;
  const fieldError = (name: string) => problems?.fields[`input.${name}`];
  const text = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
    error: !!fieldError(name),
    helperText: fieldError(name),
  });
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      deskName: form.deskName,
      officerName: form.officerName || null,
      phone: form.phone,
      radioChannel: form.radioChannel || null,
      email: form.email || null,
      secureChannel: form.secureChannel || null,
      timeZone: form.timeZone,
      crossingPointId: form.crossingPointId || null,
      alwaysOn,
      days: alwaysOn ? [] : [...days].sort(),
      from: alwaysOn ? null : form.from,
      until: alwaysOn ? null : form.until,
      languages,
    };
    const result = await (
      contact ? update({ variables: { id: contact.id, input } }) : create({ variables: { mechanismId, input } })
    ).catch(() => null);
    if (result?.data) {
      if (!contact) setForm(empty);
      onDone();
    }
  };

  const fields = (
    <Stack
      component="form"
      spacing={1.5}
      onSubmit={submit}
      sx={{ maxWidth: 640 }}
      noValidate
      aria-label={contact ? t('coordinationWork.roster.editTitle', { desk: contact.deskName }) : undefined}
    >
      <TextField
        label={t('coordinationWork.roster.field.deskName')}
        required
        {...text('deskName')}
        slotProps={{ htmlInput: { maxLength: MAX_LENGTH.deskName } }}
      />
      <TextField
        label={t('coordinationWork.roster.field.officerName')}
        {...text('officerName')}
        slotProps={{ htmlInput: { maxLength: MAX_LENGTH.officerName } }}
      />
      <TextField select label={t('coordinationWork.roster.field.crossingPoint')} {...text('crossingPointId')}>
        <MenuItem value="">{t('coordinationWork.roster.wholeBorder')}</MenuItem>
        {crossingPoints.map((point) => (
          <MenuItem key={point.id} value={point.id}>
            {point.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('coordinationWork.roster.field.timeZone')}
        required
        {...text('timeZone')}
        slotProps={{ htmlInput: { maxLength: MAX_LENGTH.timeZone } }}
      />
      <FormControlLabel
        control={<Checkbox checked={alwaysOn} onChange={(event) => setAlwaysOn(event.target.checked)} />}
        label={t('coordinationWork.roster.field.alwaysOn')}
      />
      {!alwaysOn && (
        <>
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <FormLabel component="legend" error={!!fieldError('days')}>
              {t('coordinationWork.roster.field.days')}
            </FormLabel>
            <FormGroup row>
              {DAYS.map((day) => (
                <FormControlLabel
                  key={day}
                  control={<Checkbox checked={days.includes(day)} onChange={() => setDays(toggle(days, day))} />}
                  label={dayName(day, INTL_LOCALES[language])}
                />
              ))}
            </FormGroup>
          </Box>
          <Stack direction="row" spacing={1.5}>
            <TextField type="time" label={t('coordinationWork.roster.field.from')} {...text('from')} />
            <TextField type="time" label={t('coordinationWork.roster.field.until')} {...text('until')} />
          </Stack>
        </>
      )}
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <FormLabel component="legend">{t('coordinationWork.roster.field.languages')}</FormLabel>
        <FormGroup row>
          {LANGUAGES.map((code) => (
            <FormControlLabel
              key={code}
              control={
                <Checkbox checked={languages.includes(code)} onChange={() => setLanguages(toggle(languages, code))} />
              }
              label={t(`coordinationWork.language.${code}`)}
            />
          ))}
        </FormGroup>
      </Box>
      {(['phone', 'radioChannel', 'email', 'secureChannel'] as const).map((name) => (
        <TextField
          key={name}
          label={t(`coordinationWork.roster.field.${name}`)}
          required={name === 'phone'}
          type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
          {...text(name)}
          slotProps={{ htmlInput: { maxLength: MAX_LENGTH[name] } }}
        />
      ))}
      {problems && <Alert severity="error">{problems.message}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={loading}>
          {t(contact ? 'coordinationWork.roster.save' : 'coordinationWork.roster.add')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('coordinationWork.roster.cancel')}</Button>}
      </Stack>
    </Stack>
  );
  if (!contact) return <Section title={t('coordinationWork.roster.new')}>{fields}</Section>;
  return (
    <Box sx={{ mt: 2, pt: 2, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="h4" sx={{ fontSize: '1rem', mb: 1.5 }}>
        {t('coordinationWork.roster.editTitle', { desk: contact.deskName })}
      </Typography>
      {fields}
    </Box>
  );
}
