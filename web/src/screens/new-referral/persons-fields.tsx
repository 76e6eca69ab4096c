import AddIcon from '@mui/icons-material/Add';
import { Button, Stack, Typography } from '@mui/material';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Section } from '../../forms/section';
import { emptyPerson, LIMITS, type NewReferralForm, type NewReferralValues } from './new-referral.schema';
import { PersonFields } from './person-fields';

interface PersonsFieldsProps {
  control: Control<NewReferralForm, unknown, NewReferralValues>;
  /** The mechanism's countries: listed first when picking a nationality. */
  countries: readonly string[];
}

/** The persons involved: any number (up to the server's limit), each in a fieldset of its own. */
export function PersonsFields({ control, countries }: PersonsFieldsProps) {
  const { t } = useTranslation();
  const persons = useFieldArray({ control, name: 'persons' });
  return (
    <Section title={t('referrals.new.persons')}>
      <Stack spacing={2}>
        {persons.fields.length === 0 && <Typography color="text.secondary">{t('referrals.new.noPersons')}</Typography>}
        {persons.fields.map((field, index) => (
          <PersonFields
            key={field.id}
            control={control}
            index={index}
            countries={countries}
            onRemove={() => persons.remove(index)}
          />
        ))}
        {persons.fields.length < LIMITS.persons && (
          <Button
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={() => persons.append(emptyPerson)}
            sx={{ alignSelf: 'flex-start' }}
          >
            {t('referrals.new.addPerson')}
          </Button>
        )}
      </Stack>
    </Section>
  );
}
