import { useMutation } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, FormLabel, MenuItem, Stack } from '@mui/material';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { FormCountryField } from '../../forms/country-picker';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { FormLanguagesField } from '../../forms/language-picker';
import { Section } from '../../forms/section';
import { RegisterSurvivorDocument } from '../protection-common/protection.operations';
import { ProtectionPage } from '../protection-common/protection-page';
import {
  DOCUMENT_KINDS,
  EXPLOITATION_KINDS,
  SEXES,
  translateProtectionError,
  VULNERABILITIES,
} from '../protection-common/protection-terms';
import {
  emptyExploitation,
  emptySurvivor,
  formFieldOf,
  survivorSchema,
  toSurvivorInput,
  type SurvivorForm,
} from './survivor.schema';
import { FormDateField } from '../../forms/form-date-field';

const context: EnlaceOperationContext = { handlesErrors: true };
const row = { direction: { xs: 'column', sm: 'row' }, spacing: 2 } as const;

/**
 * A case worker registers a survivor of their agency. Only what the person agreed to tell is recorded; every
 * field may stay empty. The record gets its pseudonymous code on the server; the form's values are never stored
 * in the browser (no draft is kept, unlike referrals), and the page opens the new record by its code.
 */
export function RegisterSurvivorScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const allowed = useAbility<AnyMongoAbility>().can('create', 'Survivor');
  const [register, { loading }] = useMutation(RegisterSurvivorDocument, { context });
  const [problem, setProblem] = useState<string>();
  const { control, handleSubmit, setError } = useForm<SurvivorForm>({
    resolver: zodResolver(survivorSchema),
    defaultValues: emptySurvivor,
  });
  const exploitations = useFieldArray({ control, name: 'exploitations' });

  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      const result = await register({ variables: { input: toSurvivorInput(values) } });
      const created = result.data!.registerSurvivor;
      showNotice(t('protection.register.done', { code: created.code }), 'success');
      void navigate(`/protection/survivors/${created.id}`, { replace: true });
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      setProblem(message.message);
      for (const [path, text] of Object.entries(message.fields)) {
        const field = formFieldOf(path);
        if (field) setError(field as never, { message: text });
      }
    }
  });

  return (
    <ProtectionPage title={t('nav.registerSurvivor')} intro={t('protection.register.intro')} allowed={allowed}>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <Stack spacing={2.5}>
          {problem && <Alert severity="error">{problem}</Alert>}
          <Section title={t('protection.register.identity')}>
            <Stack spacing={2}>
              <Stack {...row}>
                <FormTextField control={control} name="givenNames" label={t('protection.field.givenNames')} />
                <FormTextField control={control} name="familyNames" label={t('protection.field.familyNames')} />
              </Stack>
              <FormTextField
                control={control}
                name="aliases"
                label={t('protection.field.aliases')}
                helperText={t('protection.register.commaSeparated')}
              />
              <Stack {...row}>
                <FormDateField control={control} name="dateOfBirth" label={t('protection.field.dateOfBirth')} />
                <FormTextField
                  control={control}
                  name="estimatedAge"
                  inputMode="numeric"
                  label={t('protection.field.estimatedAge')}
                  helperText={t('protection.register.ageHelp')}
                />
              </Stack>
              <Stack {...row}>
                <FormSelectField control={control} name="sex" label={t('protection.field.sex')}>
                  <MenuItem value="">{t('protection.survivor.none')}</MenuItem>
                  {SEXES.map((value) => (
                    <MenuItem key={value} value={value}>
                      {t(`protection.sex.${value}`)}
                    </MenuItem>
                  ))}
                </FormSelectField>
                <FormTextField control={control} name="genderIdentity" label={t('protection.field.genderIdentity')} />
              </Stack>
              <Stack {...row}>
                <FormCountryField control={control} name="nationality" label={t('protection.field.nationality')} />
                <FormLanguagesField
                  control={control}
                  name="languages"
                  max={10}
                  label={t('protection.field.languages')}
                  helperText={t('protection.register.languagesHelp')}
                  noOptionsText={t('protection.register.noLanguage')}
                />
              </Stack>
              <Stack {...row}>
                <FormSelectField control={control} name="documentKind" label={t('protection.field.documentKind')}>
                  {DOCUMENT_KINDS.map((value) => (
                    <MenuItem key={value} value={value}>
                      {t(`protection.documentKind.${value}`)}
                    </MenuItem>
                  ))}
                </FormSelectField>
                <FormTextField
                  control={control}
                  name="documentNumber"
                  autoComplete="off"
                  label={t('protection.field.documentNumber')}
                  slotProps={{ htmlInput: { maxLength: 60 } }}
                />
                <FormTextField
                  control={control}
                  name="documentCountry"
                  label={t('protection.field.documentCountry')}
                  slotProps={{ htmlInput: { maxLength: 2 } }}
                />
              </Stack>
            </Stack>
          </Section>
          <Section title={t('protection.register.contact')}>
            <Stack spacing={2}>
              <Stack {...row}>
                <FormTextField
                  control={control}
                  name="phones"
                  autoComplete="off"
                  label={t('protection.field.phones')}
                  helperText={t('protection.register.commaSeparated')}
                />
                <FormTextField control={control} name="email" autoComplete="off" label={t('protection.field.email')} />
              </Stack>
              <FormTextField
                control={control}
                name="currentLocation"
                label={t('protection.field.currentLocation')}
                slotProps={{ htmlInput: { maxLength: 300 } }}
              />
            </Stack>
          </Section>
          <Section title={t('protection.survivor.vulnerabilities')}>
            <Controller
              control={control}
              name="vulnerabilities"
              render={({ field }) => (
                <FormGroup>
                  <FormLabel component="legend" sx={{ mb: 1 }}>
                    {t('protection.register.vulnerabilitiesHelp')}
                  </FormLabel>
                  {VULNERABILITIES.map((value) => (
                    <FormControlLabel
                      key={value}
                      label={t(`protection.vulnerability.${value}`)}
                      control={
                        <Checkbox
                          checked={field.value.includes(value)}
                          onChange={(event) =>
                            field.onChange(
                              event.target.checked
                                ? [...field.value, value]
                                : field.value.filter((item) => item !== value),
                            )
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
              )}
            />
          </Section>
          <Section title={t('protection.field.exploitations')}>
            <Stack spacing={2}>
              {exploitations.fields.map((item, index) => (
                <Stack key={item.id} spacing={2} sx={{ borderLeft: 3, borderColor: 'divider', pl: 2 }}>
                  <Stack {...row}>
                    <FormSelectField
                      control={control}
                      name={`exploitations.${index}.kind`}
                      label={t('protection.register.exploitationKind')}
                      required
                    >
                      {EXPLOITATION_KINDS.map((value) => (
                        <MenuItem key={value} value={value}>
                          {t(`protection.exploitation.${value}`)}
                        </MenuItem>
                      ))}
                    </FormSelectField>
                    <FormCountryField
                      control={control}
                      name={`exploitations.${index}.countryCode`}
                      label={t('protection.register.where')}
                    />
                  </Stack>
                  <FormTextField
                    control={control}
                    name={`exploitations.${index}.place`}
                    label={t('protection.register.place')}
                  />
                  <Stack {...row}>
                    <FormDateField
                      control={control}
                      name={`exploitations.${index}.startedOn`}
                      label={t('protection.register.from')}
                    />
                    <FormDateField
                      control={control}
                      name={`exploitations.${index}.endedOn`}
                      label={t('protection.register.until')}
                    />
                  </Stack>
                  <FormTextField
                    control={control}
                    name={`exploitations.${index}.notes`}
                    multiline
                    minRows={2}
                    label={t('protection.register.notes')}
                  />
                  <Box>
                    <Button color="error" onClick={() => exploitations.remove(index)}>
                      {t('protection.register.removeExploitation')}
                    </Button>
                  </Box>
                </Stack>
              ))}
              <Box>
                <Button
                  onClick={() => exploitations.append(emptyExploitation)}
                  disabled={exploitations.fields.length >= 20}
                >
                  {t('protection.register.addExploitation')}
                </Button>
              </Box>
            </Stack>
          </Section>
          <Box>
            <Button type="submit" variant="contained" size="large" disabled={loading}>
              {t('protection.register.submit')}
            </Button>
          </Box>
        </Stack>
      </Box>
    </ProtectionPage>
  );
}
