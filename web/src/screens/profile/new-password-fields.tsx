import CheckIcon from '@mui/icons-material/CheckCircleOutlined';
import PendingIcon from '@mui/icons-material/RadioButtonUnchecked';
import { List, ListItem, ListItemIcon, ListItemText, TextField } from '@mui/material';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from './account.schema';

interface NewPasswordFieldsProps {
  /** `register('password')` and `register('repeat')` of the form around. */
  fields: { password: UseFormRegisterReturn; repeat: UseFormRegisterReturn };
  /** Catalogue keys of the fields' validation messages. */
  errors: { password?: string; repeat?: string };
  /** What is typed so far, to tick the rules off as the person writes. */
  password: string;
  repeat: string;
}

/** A new password typed twice, with the rules it must meet shown and ticked off while typing. */
export function NewPasswordFields({ fields, errors, password, repeat }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const rules = [
    { key: 'length', met: password.length >= PASSWORD_MIN_LENGTH && password.trim().length > 0 },
    { key: 'same', met: password.length > 0 && password === repeat },
  ] as const;
  return (
    <>
      <TextField
        {...fields.password}
        type="password"
        label={t('account.password.new')}
        autoComplete="new-password"
        required
        error={Boolean(errors.password)}
        helperText={errors.password && t(errors.password, { min: PASSWORD_MIN_LENGTH })}
      />
      <TextField
        {...fields.repeat}
        type="password"
        label={t('account.password.repeat')}
        autoComplete="new-password"
        required
        error={Boolean(errors.repeat)}
        helperText={errors.repeat && t(errors.repeat)}
      />
      <List dense aria-label={t('account.password.rulesTitle')}>
        {rules.map(({ key, met }) => (
          <ListItem key={key} disableGutters>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {met ? <CheckIcon color="success" fontSize="small" /> : <PendingIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              primary={t(`account.password.rule.${key}`, { min: PASSWORD_MIN_LENGTH })}
              secondary={met ? t('account.password.ruleMet') : undefined}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
