import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CountryPicker } from '../../forms/country-picker';
import { DateField } from '../../ui/date-field';
import { Section } from '../../forms/section';
import type { CheckIdentityMutation } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../referral-inbox/referral-common';
import { translateCheckError } from './check-errors';
import { CheckIdentityDocument } from './identity-checks.generated';

export type CheckAnswer = CheckIdentityMutation['checkIdentity'];
type Mechanism = { id: string; names: { es: string; en?: string | null; pt?: string | null; fr?: string | null } };

/** The server's limits (identity-checks/index.ts inputLimits), kept in the inputs so nothing is cut off there. */
export const CHECK_LIMITS = { purpose: 500, familyNames: 200, givenNames: 200, number: 40, issuingCountry: 2 };
const PURPOSE_MIN = 5;
/** Fields that show their own message; the server's others (a whole person or document unreadable) go above. */
const SHOWN_FIELDS = [
  'input.purpose',
  'input.document.number',
  'input.document.issuingCountry',
  'input.person.familyNames',
  'input.person.givenNames',
  'input.person.dateOfBirth',
];

const EMPTY = { familyNames: '', givenNames: '', dateOfBirth: '', number: '', issuingCountry: '', purpose: '' };
type Values = typeof EMPTY;

/** Field paths as the server names them, so its errors and ours land on the same field. */
function localProblems(kind: 'document' | 'person', values: Values): Record<string, string> {
  const problems: Record<string, string> = {};
  if (values.purpose.trim().length < PURPOSE_MIN) problems['input.purpose'] = 'error.identityCheck.purposeRequired';
  if (kind === 'document') {
    if (!values.number.trim()) problems['input.document.number'] = 'validation.required';
    if (!/^[A-Za-z]{2}$/.test(values.issuingCountry.trim()))
      problems['input.document.issuingCountry'] = 'checks.form.countryInvalid';
  } else {
    if (!values.familyNames.trim()) problems['input.person.familyNames'] = 'validation.required';
    if (!values.givenNames.trim()) problems['input.person.givenNames'] = 'validation.required';
    if (!values.dateOfBirth) problems['input.person.dateOfBirth'] = 'validation.required';
  }
  return problems;
}

/**
 * The check at the border: a document (number and issuing country) or a person (names and date of birth), and
 * the purpose, which is required and told to the owner of any record the check matches.
 */
export function CheckForm({
  mechanisms,
  onAnswer,
}: {
  mechanisms: Mechanism[];
  onAnswer: (answer: CheckAnswer, mechanismId: string) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [mechanismId, setMechanismId] = useState(mechanisms[0]?.id ?? '');
  const [kind, setKind] = useState<'document' | 'person'>('document');
  const [values, setValues] = useState(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [check, { error, loading }] = useMutation(CheckIdentityDocument, { context: { handlesErrors: true } });
  const server = error ? translateCheckError(error, t) : null;
  const fieldError = (path: string) => (local[path] ? t(local[path]) : server?.fields[path]);
  const field = (name: keyof Values, path: string) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
    error: !!fieldError(path),
    helperText: fieldError(path),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = localProblems(kind, values);
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const input = {
      mechanismId,
      purpose: values.purpose.trim(),
      ...(kind === 'document'
        ? { document: { number: values.number.trim(), issuingCountry: values.issuingCountry.trim().toUpperCase() } }
        : {
            person: {
              familyNames: values.familyNames.trim(),
              givenNames: values.givenNames.trim(),
              dateOfBirth: values.dateOfBirth,
            },
          }),
    };
    const result = await check({ variables: { input } }).catch(() => null);
    if (result?.data) onAnswer(result.data.checkIdentity, mechanismId);
  };

  return (
    <Section title={t('checks.form.title')}>
      <Stack component="form" spacing={1.5} onSubmit={submit} sx={{ maxWidth: 640 }} noValidate>
        {mechanisms.length > 1 && (
          <TextField
            select
            label={t('checks.form.mechanism')}
            value={mechanismId}
            onChange={(event) => setMechanismId(event.target.value)}
          >
            {mechanisms.map((mechanism) => (
              <MenuItem key={mechanism.id} value={mechanism.id}>
                {localName(mechanism.names as never, language)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <FormLabel component="legend">{t('checks.form.what')}</FormLabel>
          <RadioGroup row value={kind} onChange={(event) => setKind(event.target.value as 'document' | 'person')}>
            <FormControlLabel value="document" control={<Radio />} label={t('checks.form.document')} />
            <FormControlLabel value="person" control={<Radio />} label={t('checks.form.person')} />
          </RadioGroup>
        </Box>
        {kind === 'document' ? (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
            <TextField
              label={t('checks.form.number')}
              required
              fullWidth
              {...field('number', 'input.document.number')}
              slotProps={{ htmlInput: { maxLength: CHECK_LIMITS.number, autoComplete: 'off' } }}
            />
            <Box sx={{ minWidth: 240 }}>
              <CountryPicker
                label={t('checks.form.issuingCountry')}
                required
                value={values.issuingCountry}
                onChange={(issuingCountry) => setValues({ ...values, issuingCountry })}
                error={fieldError('input.document.issuingCountry')}
              />
            </Box>
          </Stack>
        ) : (
          <>
            <TextField
              label={t('checks.form.familyNames')}
              required
              {...field('familyNames', 'input.person.familyNames')}
              slotProps={{ htmlInput: { maxLength: CHECK_LIMITS.familyNames, autoComplete: 'off' } }}
            />
            <TextField
              label={t('checks.form.givenNames')}
              required
              {...field('givenNames', 'input.person.givenNames')}
              slotProps={{ htmlInput: { maxLength: CHECK_LIMITS.givenNames, autoComplete: 'off' } }}
            />
            <DateField
              label={t('checks.form.dateOfBirth')}
              required
              value={values.dateOfBirth}
              onChange={(day) => setValues({ ...values, dateOfBirth: day })}
              error={!!fieldError('input.person.dateOfBirth')}
              helperText={fieldError('input.person.dateOfBirth')}
            />
          </>
        )}
        <TextField
          label={t('checks.form.purpose')}
          required
          multiline
          minRows={2}
          {...field('purpose', 'input.purpose')}
          helperText={
            fieldError('input.purpose') ??
            t('checks.form.purposeHelp', { count: CHECK_LIMITS.purpose - values.purpose.length })
          }
          slotProps={{ htmlInput: { maxLength: CHECK_LIMITS.purpose } }}
        />
        {server && (
          <Alert severity="error">
            {[
              server.message,
              ...Object.entries(server.fields)
                .filter(([path]) => !SHOWN_FIELDS.includes(path))
                .map(([, message]) => message),
            ].join(' ')}
          </Alert>
        )}
        <Box>
          <Button type="submit" variant="contained" disabled={loading || !mechanismId}>
            {t('checks.form.submit')}
          </Button>
        </Box>
      </Stack>
    </Section>
  );
}
