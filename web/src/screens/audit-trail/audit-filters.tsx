import { Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** What an auditor narrows the events by; dates are whole days in the auditor's time zone. */
export interface AuditFilterValues {
  from: string;
  to: string;
  action: string;
  entityType: string;
  entityId: string;
}

export const NO_FILTER: AuditFilterValues = { from: '', to: '', action: '', entityType: '', entityId: '' };

/** Applied on submit, not per keystroke: each search is a query over a large table on a slow line. */
export function AuditFilters({ onApply }: { onApply: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(NO_FILTER);
  const field = (name: keyof AuditFilterValues) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    setValues(NO_FILTER);
    onApply(NO_FILTER);
  };
  return (
    <form onSubmit={submit} aria-label={t('audit.filters.title')}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' } }}>
        <TextField
          {...field('from')}
          type="date"
          label={t('audit.filters.from')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          {...field('to')}
          type="date"
          label={t('audit.filters.to')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField {...field('action')} label={t('audit.filters.action')} placeholder="referral.send" />
        <TextField {...field('entityType')} label={t('audit.filters.entityType')} placeholder="Referral" />
        <TextField {...field('entityId')} label={t('audit.filters.entityId')} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained">
            {t('audit.filters.apply')}
          </Button>
          <Button onClick={clear}>{t('audit.filters.clear')}</Button>
        </Stack>
      </Stack>
    </form>
  );
}
