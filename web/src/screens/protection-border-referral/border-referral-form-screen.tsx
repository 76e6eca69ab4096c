import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormHelperText,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { FormCountryField } from '../../forms/country-picker';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { FormLanguagesField } from '../../forms/language-picker';
import { Section } from '../../forms/section';
import type { BorderReferralFormQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { ProtectionPage } from '../protection-common/protection-page';
import { SEXES, translateProtectionError } from '../protection-common/protection-terms';
import { IndicatorQuestion } from '../protection-survivor/screening-section';
import type { ScreeningForm } from '../protection-survivor/screening.schema';
import { BorderReferralFormDocument, ReferToProtectionDocument } from './border-referral.operations';
import {
  borderReferralSchema,
  emptyBorderReferral,
  toProtectionReferralInput,
  type BorderReferralForm,
} from './border-referral.schema';

const context: EnlaceOperationContext = { handlesErrors: true };
const row = { direction: { xs: 'column', md: 'row' }, spacing: 2 } as const;

/**
 * Screening at a border post that ends in a referral to protection: the liaison officer (or case worker) marks the
 * indicators, records the minimum about the person, reads the consent text in the person's language and records
 * how consent was given, then picks the protection agency. Nothing stays in the browser once sent.
 */
export function BorderReferralFormScreen() {
  const { t } = useTranslation();
  const allowed = useAbility<AnyMongoAbility>().can('create', 'ProtectionReferral');
  const { data, error } = useQuery(BorderReferralFormDocument, { context, skip: !allowed, fetchPolicy: 'no-cache' });
  return (
    <ProtectionPage title={t('nav.referToProtection')} intro={t('protection.borderReferral.intro')} allowed={allowed}>
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {!data && !error && <LinearProgress aria-label={t('app.loading')} />}
      {data && <BorderReferralFields form={data} />}
    </ProtectionPage>
  );
}

function BorderReferralFields({ form }: { form: BorderReferralFormQuery }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const indicators = form.screeningForm.indicators;
  const texts = form.protectionReferralConsentTexts;
  const [send, { loading }] = useMutation(ReferToProtectionDocument, { context, fetchPolicy: 'no-cache' });
  const [problem, setProblem] = useState<string>();
  const firstLanguage = texts.some((text) => text.language === language) ? language : (texts[0]?.language ?? '');
  const { control, handleSubmit, setError } = useForm<BorderReferralForm>({
    resolver: zodResolver(borderReferralSchema),
    defaultValues: emptyBorderReferral(
      indicators.map((item) => item.indicator),
      firstLanguage,
    ),
  });
  const [consentLanguage, method, givenBy] = useWatch({ control, name: ['consentLanguage', 'method', 'givenBy'] });
  const consentText = texts.find((text) => text.language === consentLanguage);
  const categories = [...new Set(indicators.map((item) => item.category))];
  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      const answer = await send({ variables: { input: toProtectionReferralInput(values) } });
      const sent = answer.data!.referToProtection;
      showNotice(t('protection.borderReferral.sent', { code: sent.code }), 'success');
      void navigate(`/protection/border-referrals/${sent.id}`, { replace: true });
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      const paths = Object.entries(message.fields);
      for (const [path, text] of paths) {
        const field = path.replace(/^input\.(person\.|consent\.|screening\.)?/, '');
        const name = field === 'language' ? 'consentLanguage' : field;
        if (name in values) setError(name as keyof BorderReferralForm, { message: text });
      }
      setProblem(paths[0]?.[1] ?? message.message);
    }
  });
  if (form.protectionReferralRecipients.length === 0)
    return <Alert severity="info">{t('protection.borderReferral.noRecipients')}</Alert>;
  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <Stack spacing={3}>
        <Section title={t('protection.screening.title')}>
          <Stack spacing={2.5}>
            <Typography color="text.secondary">{t('protection.borderReferral.screeningIntro')}</Typography>
            {categories.map((category) => (
              <Box component="fieldset" key={category} sx={{ border: 0, p: 0, m: 0 }}>
                <Typography component="legend" variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600, mb: 1 }}>
                  {t(`protection.screening.category.${category}`)}
                </Typography>
                <Stack spacing={1}>
                  {indicators.map((item, index) =>
                    item.category === category ? (
                      <IndicatorQuestion
                        key={item.indicator}
                        control={control as unknown as Control<ScreeningForm>}
                        index={index}
                        indicator={item.indicator}
                      />
                    ) : null,
                  )}
                </Stack>
              </Box>
            ))}
            <FormTextField control={control} name="place" label={t('protection.screening.place')} />
            <Alert severity="warning">{t('protection.borderReferral.conclusion')}</Alert>
            <FormTextField
              control={control}
              name="conclusionNotes"
              label={t('protection.screening.reasons')}
              required
              multiline
              minRows={3}
            />
          </Stack>
        </Section>

        <Section title={t('protection.borderReferral.person')}>
          <Stack spacing={2}>
            <Typography color="text.secondary">{t('protection.borderReferral.personIntro')}</Typography>
            <Stack {...row}>
              <FormTextField
                control={control}
                name="givenNames"
                autoComplete="off"
                label={t('protection.field.givenNames')}
              />
              <FormTextField
                control={control}
                name="familyNames"
                autoComplete="off"
                label={t('protection.field.familyNames')}
              />
            </Stack>
            <Stack {...row}>
              <FormTextField
                control={control}
                name="estimatedAge"
                inputMode="numeric"
                required
                label={t('protection.field.estimatedAge')}
                helperText={t('protection.register.ageHelp')}
              />
              <FormSelectField control={control} name="sex" label={t('protection.field.sex')}>
                <MenuItem value="">{t('protection.survivor.none')}</MenuItem>
                {SEXES.map((value) => (
                  <MenuItem key={value} value={value}>
                    {t(`protection.sex.${value}`)}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Stack>
            <Stack {...row}>
              <FormCountryField control={control} name="nationality" label={t('protection.field.nationality')} />
              <FormLanguagesField
                control={control}
                name="languages"
                required
                max={10}
                helperText={t('protection.register.languagesHelp')}
                noOptionsText={t('protection.register.noLanguage')}
                label={t('protection.field.languages')}
              />
            </Stack>
            <Stack {...row}>
              <FormTextField
                control={control}
                name="currentLocation"
                required
                label={t('protection.borderReferral.whereNow')}
              />
              <FormTextField
                control={control}
                name="phone"
                autoComplete="off"
                label={t('protection.borderReferral.phone')}
              />
            </Stack>
          </Stack>
        </Section>

        <Section title={t('protection.borderReferral.consentTitle')}>
          <Stack spacing={2}>
            <FormSelectField
              control={control}
              name="consentLanguage"
              label={t('protection.consent.textLanguage')}
              required
            >
              {texts.map((text) => (
                <MenuItem key={text.id} value={text.language}>
                  {t(`protection.consent.language.${text.language}`)}
                </MenuItem>
              ))}
            </FormSelectField>
            {consentText && (
              <Paper variant="outlined" sx={{ p: 2, whiteSpace: 'pre-line' }} lang={consentText.language}>
                <Typography variant="body2" color="text.secondary" gutterBottom>
                  {t('protection.consent.textVersion', {
                    language: consentText.language,
                    version: consentText.version,
                  })}
                </Typography>
                <Typography>{consentText.text}</Typography>
              </Paper>
            )}
            <Controller
              control={control}
              name="consentRead"
              render={({ field, fieldState }) => (
                <Box>
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={field.value === true}
                        onChange={(event) => field.onChange(event.target.checked)}
                      />
                    }
                    label={t('protection.borderReferral.consentRead')}
                  />
                  {fieldState.error?.message && <FormHelperText error>{t(fieldState.error.message)}</FormHelperText>}
                </Box>
              )}
            />
            <Stack {...row}>
              <FormSelectField control={control} name="method" label={t('protection.consent.how')} required>
                {(['VERBAL_WITH_WITNESS', 'SIGNED_FORM'] as const).map((value) => (
                  <MenuItem key={value} value={value}>
                    {t(`protection.consent.method.${value}`)}
                  </MenuItem>
                ))}
              </FormSelectField>
              <FormTextField
                control={control}
                name="witness"
                required={method === 'VERBAL_WITH_WITNESS'}
                label={t('protection.consent.witness')}
              />
            </Stack>
            <Stack {...row}>
              <FormSelectField control={control} name="givenBy" label={t('protection.consent.whoGave')} required>
                {(['PERSON', 'CHILD_AND_GUARDIAN'] as const).map((value) => (
                  <MenuItem key={value} value={value}>
                    {t(`protection.consent.givenBy.${value}`)}
                  </MenuItem>
                ))}
              </FormSelectField>
              {givenBy === 'CHILD_AND_GUARDIAN' && (
                <FormTextField control={control} name="guardian" required label={t('protection.consent.guardian')} />
              )}
            </Stack>
          </Stack>
        </Section>

        <Section title={t('protection.borderReferral.recipientTitle')}>
          <Stack spacing={2}>
            <FormSelectField
              control={control}
              name="recipientAgencyId"
              label={t('protection.borderReferral.recipient')}
              required
            >
              {form.protectionReferralRecipients.map((agency) => (
                <MenuItem key={agency.id} value={agency.id}>
                  {agency.name}
                </MenuItem>
              ))}
            </FormSelectField>
            <FormTextField
              control={control}
              name="note"
              label={t('protection.borderReferral.note')}
              multiline
              minRows={2}
            />
          </Stack>
        </Section>
        {problem && <Alert severity="error">{problem}</Alert>}
        <Box>
          <Button type="submit" variant="contained" disabled={loading}>
            {t('protection.borderReferral.send')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
