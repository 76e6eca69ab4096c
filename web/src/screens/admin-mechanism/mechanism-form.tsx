import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  Grid,
  IconButton,
  MenuItem,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AdminMechanismDetailFragment, AdminMechanismOptionsQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { applyFieldErrors, translateAdminError } from '../admin-common/admin-errors';
import { MECHANISM_KINDS } from '../admin-common/directory-terms';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { Section } from '../../forms/section';
import { localName } from '../referral-inbox/referral-common';
import {
  emptyMechanism,
  MECHANISM_FIELDS,
  mechanismSchema,
  type MechanismForm as MechanismFormValues,
  type MechanismValues,
} from './mechanism.schema';

export function formOf(mechanism: AdminMechanismDetailFragment): MechanismFormValues {
  const { names } = mechanism;
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    kind: mechanism.kind,
    names: { es: names.es, en: names.en ?? '', pt: names.pt ?? '', fr: names.fr ?? '' },
    countryCodes: mechanism.countries.map((country) => country.id),
    memberAgencyIds: mechanism.memberAgencies.map((agency) => agency.id),
    secretariatAgencyId: mechanism.secretariatAgency.id,
    crossingPoints: mechanism.crossingPoints.map((point) => ({
      name: point.name,
      latitude: text(point.latitude),
      longitude: text(point.longitude),
    })),
    active: mechanism.active,
  };
}

/**
 * A mechanism's kind, names, member countries and agencies, secretariat and crossing points. Member agencies
 * are offered only from the member countries, and the secretariat only among the members: the server's rules,
 * applied while typing. Its kind is fixed once created (the API does not change it).
 */
export function MechanismForm({
  mechanism,
  options,
  onSubmit,
}: {
  mechanism?: AdminMechanismDetailFragment;
  options: AdminMechanismOptionsQuery;
  onSubmit: (values: MechanismValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [serverError, setServerError] = useState<string>();
  const form = useForm<MechanismFormValues, unknown, MechanismValues>({
    resolver: zodResolver(mechanismSchema),
    defaultValues: mechanism ? formOf(mechanism) : emptyMechanism,
  });
  const { control, handleSubmit, setError, watch, setValue, formState } = form;
  const crossingPoints = useFieldArray({ control, name: 'crossingPoints' });
  const countryCodes = watch('countryCodes');
  const memberAgencyIds = watch('memberAgencyIds');
  const secretariatAgencyId = watch('secretariatAgencyId');
  const agencyById = new Map(options.agencies.map((agency) => [agency.id, agency]));
  const offeredAgencies = options.agencies.filter(
    (agency) => countryCodes.includes(agency.country.id) && (agency.active || memberAgencyIds.includes(agency.id)),
  );

  // Dropping a country drops its agencies; dropping the secretariat's agency empties the secretariat.
  useEffect(() => {
    const kept = memberAgencyIds.filter((id) => countryCodes.includes(agencyById.get(id)?.country.id ?? ''));
    if (kept.length !== memberAgencyIds.length) setValue('memberAgencyIds', kept);
    if (secretariatAgencyId && !kept.includes(secretariatAgencyId)) setValue('secretariatAgencyId', '');
  });

  const submit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      const translated = translateAdminError(error, t);
      const pointFields = Object.keys(translated.fields).filter((path) => path.startsWith('crossingPoints.'));
      const unplaced = applyFieldErrors(translated.fields, [...MECHANISM_FIELDS, ...pointFields], setError);
      setServerError(
        unplaced.length > 0 || Object.keys(translated.fields).length === 0 ? translated.message : undefined,
      );
    }
  });

  const agencyLabel = (id: string) => {
    const agency = agencyById.get(id);
    return agency ? `${agency.acronym} · ${agency.name} (${agency.country.id})` : id;
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('admin.mechanisms.form')}>
      <Stack spacing={2.5}>
        <Section title={t('admin.mechanisms.identity')}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <FormSelectField
                control={control}
                name="kind"
                label={t('admin.mechanisms.kind')}
                required
                disabled={Boolean(mechanism)}
                // A disabled field's grey helper text fails contrast (axe); the kind simply cannot change.
                helperText={mechanism ? undefined : t('admin.mechanisms.kindHelp')}
              >
                {MECHANISM_KINDS.map((kind) => (
                  <MenuItem key={kind} value={kind}>
                    {t(`admin.mechanismKind.${kind}`)}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <FormTextField control={control} name="names.es" label={t('admin.names.es')} required />
            </Grid>
            {(['en', 'pt', 'fr'] as const).map((locale) => (
              <Grid key={locale} size={{ xs: 12, md: 4 }}>
                <FormTextField control={control} name={`names.${locale}`} label={t(`admin.names.${locale}`)} />
              </Grid>
            ))}
            {mechanism && (
              <Grid size={12}>
                <Controller
                  control={control}
                  name="active"
                  render={({ field }) => (
                    <FormControlLabel
                      control={<Switch checked={field.value} onChange={(_, checked) => field.onChange(checked)} />}
                      label={t('admin.mechanisms.activeSwitch')}
                    />
                  )}
                />
              </Grid>
            )}
          </Grid>
        </Section>

        <Section title={t('admin.mechanisms.membership')}>
          <Grid container spacing={2}>
            <Grid size={12}>
              <FormSelectField
                control={control}
                name="countryCodes"
                label={t('admin.mechanisms.countries')}
                required
                slotProps={{
                  select: {
                    multiple: true,
                    renderValue: (selected) => (selected as string[]).join(' · '),
                  },
                }}
              >
                {options.countries.map((country) => (
                  <MenuItem key={country.id} value={country.id}>
                    {`${localName(country.names, language)} (${country.id})`}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Grid>
            <Grid size={12}>
              <FormSelectField
                control={control}
                name="memberAgencyIds"
                label={t('admin.mechanisms.members')}
                required
                disabled={countryCodes.length === 0}
                helperText={countryCodes.length === 0 ? t('admin.mechanisms.chooseCountriesFirst') : undefined}
                slotProps={{
                  select: {
                    multiple: true,
                    renderValue: (selected) =>
                      (selected as string[]).map((id) => agencyById.get(id)?.acronym ?? id).join(' · '),
                  },
                }}
              >
                {offeredAgencies.map((agency) => (
                  <MenuItem key={agency.id} value={agency.id}>
                    {agencyLabel(agency.id)}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Grid>
            <Grid size={12}>
              <FormSelectField
                control={control}
                name="secretariatAgencyId"
                label={t('admin.mechanisms.secretariat')}
                required
                disabled={memberAgencyIds.length === 0}
                helperText={t('admin.mechanisms.secretariatHelp')}
              >
                {memberAgencyIds.map((id) => (
                  <MenuItem key={id} value={id}>
                    {agencyLabel(id)}
                  </MenuItem>
                ))}
              </FormSelectField>
            </Grid>
          </Grid>
        </Section>

        <Section title={t('admin.mechanisms.crossingPoints')}>
          <Stack spacing={2}>
            {crossingPoints.fields.length === 0 && (
              <Typography color="text.secondary">{t('admin.mechanisms.noCrossingPoints')}</Typography>
            )}
            {crossingPoints.fields.map((field, index) => (
              <Grid container spacing={2} key={field.id} sx={{ alignItems: 'flex-start' }}>
                <Grid size={{ xs: 12, md: 6 }}>
                  <FormTextField
                    control={control}
                    name={`crossingPoints.${index}.name`}
                    label={t('admin.mechanisms.crossingPointName', { number: index + 1 })}
                    required
                  />
                </Grid>
                <Grid size={{ xs: 5, md: 2.5 }}>
                  <FormTextField
                    control={control}
                    name={`crossingPoints.${index}.latitude`}
                    label={t('admin.mechanisms.latitude')}
                    slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                  />
                </Grid>
                <Grid size={{ xs: 5, md: 2.5 }}>
                  <FormTextField
                    control={control}
                    name={`crossingPoints.${index}.longitude`}
                    label={t('admin.mechanisms.longitude')}
                    slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                  />
                </Grid>
                <Grid size={{ xs: 2, md: 1 }}>
                  <IconButton
                    aria-label={t('admin.mechanisms.removeCrossingPoint', { number: index + 1 })}
                    onClick={() => crossingPoints.remove(index)}
                  >
                    <DeleteIcon />
                  </IconButton>
                </Grid>
              </Grid>
            ))}
            <Button
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => crossingPoints.append({ name: '', latitude: '', longitude: '' })}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('admin.mechanisms.addCrossingPoint')}
            </Button>
          </Stack>
        </Section>

        {serverError && (
          <Alert severity="error" role="alert">
            {serverError}
          </Alert>
        )}
        <Box>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('admin.saving') : t('admin.save')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
