import { DialogSaveActions, ServerErrorAlert } from '../admin-common/dialog-form-parts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Dialog, DialogContent, DialogTitle, FormControlLabel, Grid, MenuItem, Switch } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { type AdminAgenciesQuery, type AdminAgencyFragment } from '../../gql/graphql';
import { CreateAgencyDocument, UpdateAgencyDocument } from './agencies.operations';
import { useLanguage } from '../../i18n/use-language';
import { applyFieldErrors, translateAdminError } from '../admin-common/admin-errors';
import { AGENCY_KINDS, orNull } from '../admin-common/directory-terms';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { localName } from '../referral-inbox/referral-common';
import { AGENCY_FIELDS, agencySchema, emptyAgency, type AgencyForm, type AgencyValues } from './agency.schema';

const context: EnlaceOperationContext = { handlesErrors: true };

const formOf = (agency: AdminAgencyFragment): AgencyForm => ({
  countryCode: agency.country.id,
  kind: agency.kind,
  name: agency.name,
  acronym: agency.acronym,
  contactPoint: agency.contactPoint ?? '',
  active: agency.active,
});

/** Adds an agency (the tenant its users work in) or edits one; its country cannot change. */
export function AgencyDialog({
  agency,
  countries,
  defaultCountry,
  onClose,
  onSaved,
}: {
  agency?: AdminAgencyFragment;
  countries: AdminAgenciesQuery['countries'];
  defaultCountry?: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [serverError, setServerError] = useState<string>();
  // The list shows the new or changed agency before the dialog closes.
  const refetch = { context, refetchQueries: ['AdminAgencies'], awaitRefetchQueries: true };
  const [create] = useMutation(CreateAgencyDocument, refetch);
  const [update] = useMutation(UpdateAgencyDocument, refetch);
  const { control, handleSubmit, setError, formState } = useForm<AgencyForm, unknown, AgencyValues>({
    resolver: zodResolver(agencySchema),
    defaultValues: agency ? formOf(agency) : emptyAgency(defaultCountry),
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    const common = {
      kind: values.kind,
      name: values.name,
      acronym: values.acronym,
      contactPoint: orNull(values.contactPoint),
    };
    try {
      if (agency) await update({ variables: { input: { id: agency.id, ...common, active: values.active } } });
      else await create({ variables: { input: { countryCode: values.countryCode, ...common } } });
      showNotice(t(agency ? 'admin.agencies.updated' : 'admin.agencies.created', { name: values.acronym }), 'success');
      onSaved();
    } catch (error) {
      const translated = translateAdminError(error, t);
      const unplaced = applyFieldErrors(translated.fields, AGENCY_FIELDS, setError);
      setServerError(
        unplaced.length > 0 || Object.keys(translated.fields).length === 0 ? translated.message : undefined,
      );
    }
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="agency-dialog-title">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id="agency-dialog-title">
          {agency ? t('admin.agencies.edit', { name: agency.acronym }) : t('admin.agencies.create')}
        </DialogTitle>
        <DialogContent>
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormSelectField
                control={control}
                name="countryCode"
                label={t('admin.country')}
                required
                disabled={Boolean(agency)}
              >
                {countries.map((country) => (
                  <MenuItem key={country.id} value={country.id}>
                    {`${localName(country.names, language)} (${country.id})`}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormSelectField control={control} name="kind" label={t('admin.agencies.kind')} required>
                {AGENCY_KINDS.map((kind) => (
                  <MenuItem key={kind} value={kind}>
                    {t(`admin.agencyKind.${kind}`)}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Grid>
            <Grid size={{ xs: 12, sm: 8 }}>
              <FormTextField control={control} name="name" label={t('admin.agencies.name')} required />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <FormTextField control={control} name="acronym" label={t('admin.agencies.acronym')} required />
            </Grid>
            <Grid size={12}>
              <FormTextField
                control={control}
                name="contactPoint"
                label={t('admin.agencies.contactPoint')}
                helperText={t('admin.agencies.contactPointHelp')}
              />
            </Grid>
            {agency && (
              <Grid size={12}>
                <Controller
                  control={control}
                  name="active"
                  render={({ field }) => (
                    <FormControlLabel
                      control={<Switch checked={field.value} onChange={(_, checked) => field.onChange(checked)} />}
                      label={t('admin.agencies.activeSwitch')}
                    />
                  )}
                />
              </Grid>
            )}
          </Grid>
          <ServerErrorAlert message={serverError} />
        </DialogContent>
        <DialogSaveActions submitting={formState.isSubmitting} onClose={onClose} />
      </form>
    </Dialog>
  );
}
