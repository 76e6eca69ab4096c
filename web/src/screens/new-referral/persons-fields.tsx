import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Grid, IconButton, MenuItem, Stack, Typography } from '@mui/material';
import { useFieldArray, type Control } from 'react-hook-form';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { Section } from '../../forms/section';
import { useTranslation } from 'react-i18next';
import { emptyPerson, type NewReferralForm, type NewReferralValues } from './new-referral.schema';

const ROLES = ['SUSPECTED_SMUGGLER', 'SMUGGLED_MIGRANT', 'POSSIBLE_VICTIM', 'WITNESS'] as const;

/** The persons involved: any number, each in a fieldset of its own. */
export function PersonsFields({ control }: { control: Control<NewReferralForm, unknown, NewReferralValues> }) {
  const { t } = useTranslation();
  const persons = useFieldArray({ control, name: 'persons' });
  return (
    <Section title={t('referrals.new.persons')}>
      <Stack spacing={2}>
        {persons.fields.length === 0 && <Typography color="text.secondary">{t('referrals.new.noPersons')}</Typography>}
        {persons.fields.map((field, index) => (
          <Box
            key={field.id}
            component="fieldset"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}
          >
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
              <Typography component="legend" sx={{ fontWeight: 600, flexGrow: 1, float: 'left' }}>
                {t('referrals.new.person', { number: index + 1 })}
              </Typography>
              <IconButton
                aria-label={t('referrals.new.removePerson', { number: index + 1 })}
                onClick={() => persons.remove(index)}
              >
                <DeleteIcon />
              </IconButton>
            </Stack>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 4 }}>
                <FormSelectField
                  required
                  control={control}
                  name={`persons.${index}.role`}
                  label={t('referrals.fields.role')}
                >
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
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6, md: 4 }}>
                <FormTextField
                  control={control}
                  name={`persons.${index}.familyNames`}
                  label={t('referrals.fields.familyNames')}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 8 }}>
                <FormTextField
                  control={control}
                  name={`persons.${index}.nationality`}
                  label={t('referrals.fields.nationality')}
                  slotProps={{ htmlInput: { maxLength: 2, autoCapitalize: 'characters' } }}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <FormTextField
                  control={control}
                  name={`persons.${index}.estimatedAge`}
                  label={t('referrals.fields.age')}
                  slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                />
              </Grid>
            </Grid>
          </Box>
        ))}
        <Button
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => persons.append(emptyPerson)}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('referrals.new.addPerson')}
        </Button>
      </Stack>
    </Section>
  );
}
