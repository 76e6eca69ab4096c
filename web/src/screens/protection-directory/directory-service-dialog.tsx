import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  Stack,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { FormLanguagesField } from '../../forms/language-picker';
import type { DirectoryServiceSummary } from '../protection-common/directory-service-card';
import { translateProtectionError } from '../protection-common/protection-terms';
import { SaveDirectoryServiceDocument } from '../protection-common/service-referrals.operations';
import { AVAILABILITIES, SERVICES } from '../protection-common/service-terms';
import {
  directoryFieldOf,
  directoryServiceForm,
  directoryServiceSchema,
  toDirectoryServiceInput,
  type DirectoryServiceForm,
} from './directory-service.schema';

/** The API takes at most 20 languages a service works in. */
const MAX_SERVICE_LANGUAGES = 20;

const context: EnlaceOperationContext = { handlesErrors: true };
const row = { direction: { xs: 'column', sm: 'row' }, spacing: 2 } as const;

/** Adds a service of the admin's agency to the directory, or changes one (availability, places, hours…). */
export function DirectoryServiceDialog({
  service,
  onClose,
}: {
  service?: DirectoryServiceSummary;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveDirectoryServiceDocument, { context });
  const [problem, setProblem] = useState<string>();
  const { control, handleSubmit, setError } = useForm<DirectoryServiceForm>({
    resolver: zodResolver(directoryServiceSchema),
    defaultValues: directoryServiceForm(service),
  });
  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await save({ variables: { input: toDirectoryServiceInput(service?.id, values) } });
      showNotice(t('protection.directory.saved'), 'success');
      onClose(true);
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      setProblem(message.message);
      for (const [path, text] of Object.entries(message.fields)) {
        const field = directoryFieldOf(path);
        if (field) setError(field, { message: text });
      }
    }
  });
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="md">
      <DialogTitle>{service ? t('protection.directory.editTitle') : t('protection.directory.add')}</DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id="directory-service"
          noValidate
          spacing={2}
          sx={{ pt: 1 }}
          onSubmit={(event) => void submit(event)}
        >
          {problem && <Alert severity="error">{problem}</Alert>}
          <FormTextField control={control} name="name" label={t('protection.directory.name')} required />
          <FormTextField
            control={control}
            name="description"
            label={t('protection.directory.description')}
            multiline
            minRows={2}
          />
          <Controller
            control={control}
            name="types"
            render={({ field, fieldState }) => (
              <FormGroup>
                <FormLabel component="legend" required>
                  {t('protection.directory.types')}
                </FormLabel>
                <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {SERVICES.map((type) => (
                    <FormControlLabel
                      key={type}
                      label={t(`protection.service.${type}`)}
                      control={
                        <Checkbox
                          checked={field.value.includes(type)}
                          onChange={(event) =>
                            field.onChange(
                              event.target.checked ? [...field.value, type] : field.value.filter((v) => v !== type),
                            )
                          }
                        />
                      }
                    />
                  ))}
                </Stack>
                {fieldState.error?.message && <FormHelperText error>{t(fieldState.error.message)}</FormHelperText>}
              </FormGroup>
            )}
          />
          <FormTextField control={control} name="eligibility" label={t('protection.directory.eligibility')} />
          <Stack {...row}>
            <FormTextField
              control={control}
              name="minimumAge"
              label={t('protection.directory.minimumAge')}
              inputMode="numeric"
            />
            <FormTextField
              control={control}
              name="maximumAge"
              label={t('protection.directory.maximumAge')}
              inputMode="numeric"
            />
            <FormLanguagesField
              control={control}
              name="languages"
              max={MAX_SERVICE_LANGUAGES}
              helperText={t('protection.register.languagesHelp')}
              noOptionsText={t('protection.register.noLanguage')}
              label={t('protection.directory.languages')}
            />
          </Stack>
          <Stack {...row}>
            <FormTextField control={control} name="hours" label={t('protection.directory.hours')} />
            <FormTextField control={control} name="areaServed" label={t('protection.directory.areaServed')} />
          </Stack>
          <Stack {...row}>
            <FormTextField control={control} name="address" label={t('protection.directory.address')} />
            <FormTextField control={control} name="phone" label={t('protection.directory.phone')} />
            <FormTextField control={control} name="email" label={t('protection.field.email')} />
          </Stack>
          <Stack {...row}>
            <FormTextField
              control={control}
              name="capacity"
              label={t('protection.directory.capacity')}
              inputMode="numeric"
            />
            <FormSelectField control={control} name="availability" label={t('protection.directory.availabilityLabel')}>
              {AVAILABILITIES.map((value) => (
                <MenuItem key={value} value={value}>
                  {t(`protection.directory.availability.${value}`)}
                </MenuItem>
              ))}
            </FormSelectField>
          </Stack>
          <Controller
            control={control}
            name="active"
            render={({ field }) => (
              <FormControlLabel
                label={t('protection.directory.activeLabel')}
                control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
              />
            )}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('protection.cancel')}</Button>
        <Button type="submit" form="directory-service" variant="contained" disabled={loading}>
          {t('protection.directory.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
