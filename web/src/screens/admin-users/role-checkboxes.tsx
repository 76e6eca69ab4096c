import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';

/** The roles a person may be given, as a group of checkboxes under one label (a fieldset for screen readers). */
export function RoleCheckboxes<Form extends FieldValues & { roles: Role[] }>({
  control,
  offered,
}: {
  control: Control<Form>;
  offered: readonly Role[];
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={'roles' as Path<Form>}
      render={({ field, fieldState }) => {
        const chosen = (field.value ?? []) as Role[];
        const toggle = (role: Role, on: boolean) =>
          field.onChange(on ? [...chosen, role] : chosen.filter((candidate) => candidate !== role));
        return (
          <FormControl component="fieldset" error={!!fieldState.error} required>
            <FormLabel component="legend">{t('admin.users.roles')}</FormLabel>
            <FormGroup>
              {offered.map((role) => (
                <FormControlLabel
                  key={role}
                  control={
                    <Checkbox checked={chosen.includes(role)} onChange={(_, checked) => toggle(role, checked)} />
                  }
                  label={t(`admin.role.${role}`)}
                />
              ))}
            </FormGroup>
            {fieldState.error?.message && <FormHelperText>{t(fieldState.error.message)}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
