import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '../../i18n/languages';
import { preferencesSchema, type Preferences } from './account.schema';

interface PreferencesFormProps {
  initial: Preferences;
  onSubmit: (preferences: Preferences) => Promise<void>;
  serverError?: string;
}

/** The interface language and the time zone dates are shown in, saved to the profile for every device. */
export function PreferencesForm({ initial, onSubmit, serverError }: PreferencesFormProps) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZonesWith(initial.timeZone), [initial.timeZone]);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Preferences>({ resolver: zodResolver(preferencesSchema), defaultValues: initial });
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-label={t('account.preferences.title')}>
      {serverError && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {serverError}
        </Alert>
      )}
      {/* Native selects: a few hundred time zones stay fast on an old laptop, and screen readers know them. */}
      <TextField
        {...register('locale')}
        select
        label={t('account.preferences.language')}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        error={Boolean(errors.locale)}
        helperText={errors.locale?.message && t(errors.locale.message)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </TextField>
      <TextField
        {...register('timeZone')}
        select
        label={t('account.preferences.timeZone')}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        error={Boolean(errors.timeZone)}
        helperText={errors.timeZone?.message ? t(errors.timeZone.message) : t('account.preferences.timeZoneHelp')}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </TextField>
      <Button type="submit" variant="contained" disabled={isSubmitting} sx={{ mt: 1 }}>
        {isSubmitting ? t('account.saving') : t('account.preferences.save')}
      </Button>
    </form>
  );
}

/** The zones this browser knows, with the saved one kept even if the browser does not list it. */
function timeZonesWith(saved: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(saved) ? known : [saved, ...known];
}
