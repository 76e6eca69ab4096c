import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Button, Collapse, Grid, IconButton, MenuItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { FormCountryField } from '../../forms/country-picker';
import { LIMITS, type NewReferralForm, type NewReferralValues } from './new-referral.schema';
import { useDocumentRows, usePhoneRows, useVehicleRows } from './person-lists';
import { FormDateField } from '../../forms/form-date-field';

const ROLES = ['SUSPECTED_SMUGGLER', 'SMUGGLED_MIGRANT', 'POSSIBLE_VICTIM', 'WITNESS'] as const;
const SEXES = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;

interface PersonFieldsProps {
  control: Control<NewReferralForm, unknown, NewReferralValues>;
  index: number;
  countries: readonly string[];
  onRemove: () => void;
}

/**
 * One person: what an urgent case needs first (role, names, nationality, age); the rest (sex, date of birth,
 * aliases) behind "More about this person", and documents, phones and vehicles added one by one.
 */
export function PersonFields({ control, index, countries, onRemove }: PersonFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const person = useWatch({ control, name: `persons.${index}` });
  // Open from the start when a restored draft already holds something there.
  const [more, setMore] = useState(() => !!(person?.sex || person?.dateOfBirth || person?.aliases));
  const documents = useDocumentRows({ control, index, countries });
  const phones = usePhoneRows({ control, index, countries });
  const vehicles = useVehicleRows({ control, index, countries });
  const moreId = `person-${index}-more`;
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0, minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography component="legend" sx={{ fontWeight: 600, flexGrow: 1, float: 'left' }}>
          {t('referrals.new.person', { number })}
        </Typography>
        <IconButton aria-label={t('referrals.new.removePerson', { number })} onClick={onRemove}>
          <DeleteIcon />
        </IconButton>
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormSelectField required control={control} name={`persons.${index}.role`} label={t('referrals.fields.role')}>
            {ROLES.map((which) => (
              <MenuItem key={which} value={which}>
                {t(`referrals.personRole.${which}`)}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <FormTextField
            control={control}
            name={`persons.${index}.givenNames`}
            label={t('referrals.fields.givenNames')}
            slotProps={{ htmlInput: { maxLength: LIMITS.name } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <FormTextField
            control={control}
            name={`persons.${index}.familyNames`}
            label={t('referrals.fields.familyNames')}
            slotProps={{ htmlInput: { maxLength: LIMITS.name } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <FormCountryField
            control={control}
            name={`persons.${index}.nationality`}
            label={t('referrals.fields.nationality')}
            first={countries}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <FormTextField
            control={control}
            name={`persons.${index}.estimatedAge`}
            label={t('referrals.fields.age')}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
          />
        </Grid>
      </Grid>

      <Collapse in={more} unmountOnExit={false}>
        <Grid container spacing={2} sx={{ mt: 2 }} id={moreId}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <FormSelectField control={control} name={`persons.${index}.sex`} label={t('referrals.fields.sex')}>
              <MenuItem value="">
                <em>{t('referrals.new.notKnown')}</em>
              </MenuItem>
              {SEXES.map((which) => (
                <MenuItem key={which} value={which}>
                  {t(`referrals.sex.${which}`)}
                </MenuItem>
              ))}
            </FormSelectField>
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <FormDateField
              control={control}
              name={`persons.${index}.dateOfBirth`}
              label={t('referrals.fields.dateOfBirth')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <FormTextField
              control={control}
              name={`persons.${index}.aliases`}
              label={t('referrals.fields.aliases')}
              helperText={t('referrals.new.aliasesHelp')}
            />
          </Grid>
        </Grid>
      </Collapse>

      <Stack spacing={2} sx={{ mt: 2 }}>
        {documents.rows}
        {phones.rows}
        {vehicles.rows}
      </Stack>

      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1.5 }}>
        <Button
          size="small"
          aria-expanded={more}
          aria-controls={moreId}
          startIcon={more ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          onClick={() => setMore((open) => !open)}
        >
          {t(more ? 'referrals.new.lessAboutPerson' : 'referrals.new.moreAboutPerson')}
        </Button>
        {documents.add}
        {phones.add}
        {vehicles.add}
      </Stack>
    </Box>
  );
}
