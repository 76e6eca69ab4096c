import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Grid, IconButton, MenuItem, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { FormCountryField } from '../../forms/country-picker';
import { DOCUMENT_KINDS, LIMITS, type NewReferralForm, type NewReferralValues } from './new-referral.schema';

type FormControl = Control<NewReferralForm, unknown, NewReferralValues>;
interface ListProps {
  control: FormControl;
  index: number;
  countries: readonly string[];
}

/** The rows of one list of a person (documents, phones, vehicles) and the button that adds one. */
export interface PersonRows {
  rows: ReactNode;
  add: ReactNode;
}

/** A titled group of rows, each removable, and its own "Add …" button (hidden at the server's limit). */
function Rows({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Stack spacing={1.5}>{children}</Stack>
    </Box>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <IconButton aria-label={label} onClick={onClick} sx={{ mt: 1 }}>
      <DeleteIcon />
    </IconButton>
  );
}

export function useDocumentRows({ control, index, countries }: ListProps): PersonRows {
  const { t } = useTranslation();
  const documents = useFieldArray({ control, name: `persons.${index}.identityDocuments` });
  const person = index + 1;
  return {
    rows: (
      <Rows title={t('referrals.fields.identityDocuments')} count={documents.fields.length}>
        {documents.fields.map((field, row) => (
          <Stack key={field.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Grid container spacing={2} sx={{ flexGrow: 1 }}>
              <Grid size={{ xs: 12, sm: 4 }}>
                <FormSelectField
                  required
                  control={control}
                  name={`persons.${index}.identityDocuments.${row}.kind`}
                  label={t('referrals.fields.documentKind')}
                >
                  {DOCUMENT_KINDS.map((kind) => (
                    <MenuItem key={kind} value={kind}>
                      {t(`referrals.documentKind.${kind}`)}
                    </MenuItem>
                  ))}
                </FormSelectField>
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <FormTextField
                  required
                  control={control}
                  name={`persons.${index}.identityDocuments.${row}.number`}
                  label={t('referrals.fields.documentNumber')}
                  slotProps={{ htmlInput: { maxLength: LIMITS.documentNumber } }}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <FormCountryField
                  control={control}
                  name={`persons.${index}.identityDocuments.${row}.issuingCountry`}
                  label={t('referrals.fields.issuingCountry')}
                  first={countries}
                />
              </Grid>
            </Grid>
            <RemoveButton
              label={t('referrals.new.removeDocument', { number: row + 1, person })}
              onClick={() => documents.remove(row)}
            />
          </Stack>
        ))}
      </Rows>
    ),
    add:
      documents.fields.length < LIMITS.documents ? (
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => documents.append({ kind: 'PASSPORT', number: '', issuingCountry: '' })}
        >
          {t('referrals.new.addDocument')}
        </Button>
      ) : null,
  };
}

export function usePhoneRows({ control, index }: ListProps): PersonRows {
  const { t } = useTranslation();
  const phones = useFieldArray({ control, name: `persons.${index}.phones` });
  const person = index + 1;
  return {
    rows: (
      <Rows title={t('referrals.fields.phones')} count={phones.fields.length}>
        {phones.fields.map((field, row) => (
          <Stack key={field.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <FormTextField
              required
              control={control}
              name={`persons.${index}.phones.${row}.number`}
              label={t('referrals.fields.phone')}
              type="tel"
              sx={{ maxWidth: 420 }}
              slotProps={{ htmlInput: { maxLength: LIMITS.phone, inputMode: 'tel', autoComplete: 'off' } }}
            />
            <RemoveButton
              label={t('referrals.new.removePhone', { number: row + 1, person })}
              onClick={() => phones.remove(row)}
            />
          </Stack>
        ))}
      </Rows>
    ),
    add:
      phones.fields.length < LIMITS.phones ? (
        <Button size="small" startIcon={<AddIcon />} onClick={() => phones.append({ number: '' })}>
          {t('referrals.new.addPhone')}
        </Button>
      ) : null,
  };
}

export function useVehicleRows({ control, index }: ListProps): PersonRows {
  const { t } = useTranslation();
  const vehicles = useFieldArray({ control, name: `persons.${index}.vehicles` });
  const person = index + 1;
  return {
    rows: (
      <Rows title={t('referrals.fields.vehicles')} count={vehicles.fields.length}>
        {vehicles.fields.map((field, row) => (
          <Stack key={field.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Grid container spacing={2} sx={{ flexGrow: 1 }}>
              <Grid size={{ xs: 12, sm: 4 }}>
                <FormTextField
                  control={control}
                  name={`persons.${index}.vehicles.${row}.plate`}
                  label={t('referrals.fields.plate')}
                  slotProps={{ htmlInput: { maxLength: LIMITS.plate, autoCapitalize: 'characters' } }}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 8 }}>
                <FormTextField
                  control={control}
                  name={`persons.${index}.vehicles.${row}.description`}
                  label={t('referrals.fields.vehicleDescription')}
                  slotProps={{ htmlInput: { maxLength: LIMITS.vehicleDescription } }}
                />
              </Grid>
            </Grid>
            <RemoveButton
              label={t('referrals.new.removeVehicle', { number: row + 1, person })}
              onClick={() => vehicles.remove(row)}
            />
          </Stack>
        ))}
      </Rows>
    ),
    add:
      vehicles.fields.length < LIMITS.vehicles ? (
        <Button size="small" startIcon={<AddIcon />} onClick={() => vehicles.append({ plate: '', description: '' })}>
          {t('referrals.new.addVehicle')}
        </Button>
      ) : null,
  };
}
