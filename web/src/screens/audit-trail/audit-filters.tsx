import { useQuery } from '@apollo/client/react';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/date-field';
import { AuditPeopleDocument } from './audit-trail.generated';

/** What an auditor narrows the events by; dates are whole days in the auditor's time zone. */
export interface AuditFilterValues {
  from: string;
  to: string;
  actorId: string;
  action: string;
  reference: string;
}

export const NO_FILTER: AuditFilterValues = { from: '', to: '', actorId: '', action: '', reference: '' };

/**
 * Applied on submit, not per keystroke: each search is a query over a large table on a slow line. People are
 * offered in the own trail only (the owner's view names other agencies, not their people); actions are chosen
 * by their names in the auditor's language.
 */
export function AuditFilters({
  onApply,
  byPerson,
}: {
  onApply: (values: AuditFilterValues) => void;
  byPerson: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(NO_FILTER);
  const { data } = useQuery(AuditPeopleDocument, { context: { handlesErrors: true }, skip: !byPerson });
  const set = (name: keyof AuditFilterValues) => (value: string) => setValues({ ...values, [name]: value });
  // The actions the catalogue names (audit.actions.*), in the auditor's language: a section, not a message, so its
  // key is built (the catalogue test takes every literal "section.name" for a message key).
  const named = (i18n.getResource(i18n.resolvedLanguage ?? 'es', 'audit', ['audit', 'actions'].join('.')) ??
    {}) as Record<string, string>;
  const actions = Object.entries(named)
    .map(([key, label]) => ({ action: key.replaceAll('_', '.'), label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    setValues(NO_FILTER);
    onApply(NO_FILTER);
  };
  const width = { width: { xs: '100%', md: 200 } };
  return (
    <form onSubmit={submit} aria-label={t('audit.filters.title')}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <DateField label={t('audit.filters.from')} value={values.from} onChange={set('from')} sx={width} />
        <DateField label={t('audit.filters.to')} value={values.to} onChange={set('to')} sx={width} />
        {byPerson && (
          <TextField
            select
            label={t('audit.filters.person')}
            value={data ? values.actorId : ''}
            onChange={(event) => set('actorId')(event.target.value)}
            sx={width}
          >
            <MenuItem value="">{t('audit.filters.anyPerson')}</MenuItem>
            {(data?.auditPeople ?? []).map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {person.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          select
          label={t('audit.filters.action')}
          value={values.action}
          onChange={(event) => set('action')(event.target.value)}
          sx={{ width: { xs: '100%', md: 280 } }}
        >
          <MenuItem value="">{t('audit.filters.anyAction')}</MenuItem>
          {actions.map(({ action, label }) => (
            <MenuItem key={action} value={action}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('audit.filters.reference')}
          value={values.reference}
          onChange={(event) => set('reference')(event.target.value)}
          placeholder="GT-MX-2026-000042"
          sx={{ width: { xs: '100%', md: 220 } }}
        />
        <Stack direction="row" spacing={1} sx={{ pt: 1 }}>
          <Button type="submit" variant="contained">
            {t('audit.filters.apply')}
          </Button>
          <Button onClick={clear}>{t('audit.filters.clear')}</Button>
        </Stack>
      </Stack>
    </form>
  );
}
