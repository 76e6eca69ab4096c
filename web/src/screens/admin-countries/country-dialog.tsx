import { DialogSaveActions, ServerErrorAlert } from '../admin-common/dialog-form-parts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Dialog, DialogContent, DialogTitle, Grid, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { type AdminCountryFragment } from '../../gql/graphql';
import { AdminCountriesDocument, CreateCountryDocument, UpdateCountryDocument } from './countries.operations';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { applyFieldErrors, translateAdminError } from '../admin-common/admin-errors';
import { INTERFACE_LOCALES, orNull } from '../admin-common/directory-terms';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { COUNTRY_FIELDS, countrySchema, emptyCountry, type CountryForm, type CountryValues } from './country.schema';

const context: EnlaceOperationContext = { handlesErrors: true };

function formOf(country: AdminCountryFragment): CountryForm {
  const { names } = country;
  return {
    code: country.id,
    names: { es: names.es, en: names.en ?? '', pt: names.pt ?? '', fr: names.fr ?? '' },
    defaultLocale: country.defaultLocale as CountryForm['defaultLocale'],
    timeZone: country.timeZone,
  };
}

/** Adds a country, or edits one (its code is its identity and cannot change). */
export function CountryDialog({ country, onClose }: { country?: AdminCountryFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<string>();
  const refetchQueries = [{ query: AdminCountriesDocument }];
  const [create] = useMutation(CreateCountryDocument, { context, refetchQueries });
  const [update] = useMutation(UpdateCountryDocument, { context, refetchQueries });
  const { control, handleSubmit, setError, formState } = useForm<CountryForm, unknown, CountryValues>({
    resolver: zodResolver(countrySchema),
    defaultValues: country ? formOf(country) : emptyCountry,
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    const names = {
      es: values.names.es,
      en: orNull(values.names.en),
      pt: orNull(values.names.pt),
      fr: orNull(values.names.fr),
    };
    const input = { code: values.code, names, defaultLocale: values.defaultLocale, timeZone: values.timeZone };
    try {
      if (country) await update({ variables: { input } });
      else await create({ variables: { input } });
      showNotice(t(country ? 'admin.countries.updated' : 'admin.countries.created', { code: values.code }), 'success');
      onClose();
    } catch (error) {
      const translated = translateAdminError(error, t);
      const unplaced = applyFieldErrors(translated.fields, COUNTRY_FIELDS, setError);
      setServerError(
        unplaced.length > 0 || Object.keys(translated.fields).length === 0 ? translated.message : undefined,
      );
    }
  });

  const title = country ? t('admin.countries.edit', { code: country.id }) : t('admin.countries.create');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="country-dialog-title">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id="country-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 4 }}>
              <FormTextField
                control={control}
                name="code"
                label={t('admin.countries.code')}
                required
                disabled={Boolean(country)}
                helperText={country ? undefined : t('admin.countries.codeHelp')}
                slotProps={{ htmlInput: { maxLength: 2, autoCapitalize: 'characters' } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 8 }}>
              <FormTextField control={control} name="names.es" label={t('admin.names.es')} required />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <FormTextField control={control} name="names.en" label={t('admin.names.en')} />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <FormTextField control={control} name="names.pt" label={t('admin.names.pt')} />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <FormTextField control={control} name="names.fr" label={t('admin.names.fr')} />
            </Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              <FormSelectField
                control={control}
                name="defaultLocale"
                label={t('admin.countries.defaultLocale')}
                required
              >
                {INTERFACE_LOCALES.map((locale) => (
                  <MenuItem key={locale} value={locale}>
                    {LANGUAGE_NAMES[locale]}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Grid>
            <Grid size={{ xs: 12, sm: 7 }}>
              <FormTextField
                control={control}
                name="timeZone"
                label={t('admin.timeZone')}
                required
                helperText={t('admin.timeZoneHelp')}
              />
            </Grid>
          </Grid>
          <ServerErrorAlert message={serverError} />
        </DialogContent>
        <DialogSaveActions submitting={formState.isSubmitting} onClose={onClose} />
      </form>
    </Dialog>
  );
}
