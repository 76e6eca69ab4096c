import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import { subject, type AnyMongoAbility } from '@casl/ability';
import { Alert, Box, Button, InputAdornment, NativeSelect, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { type AdminDeadlineFragment } from '../../gql/graphql';
import { ConfigureReferralDeadlinesDocument } from './mechanism.operations';
import { INTL_LOCALES, type Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { translateAdminError } from '../admin-common/admin-errors';
import { FormTextField } from '../../forms/form-fields';
import { deadlineSchema, durationOf, minutesOf, type DeadlineForm } from './mechanism.schema';
import { Section } from '../../forms/section';
import { RecordTable } from '../../ui/record-table';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * How long a receiving agency has to acknowledge and to answer a referral, per urgency. Everyone who may open
 * the mechanism reads them; only its secretariat may change them (the server's `configure` rule).
 */
export function DeadlinesSection({
  mechanismId,
  deadlines,
}: {
  mechanismId: string;
  deadlines: AdminDeadlineFragment[];
}) {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  const mayConfigure = ability.can('configure', subject('Mechanism', { id: mechanismId }));
  const [editing, setEditing] = useState(false);
  return (
    <Section title={t('admin.deadlines.title')}>
      <Stack spacing={2}>
        <Typography color="text.secondary">
          {mayConfigure ? t('admin.deadlines.intro') : t('admin.deadlines.secretariatOnly')}
        </Typography>
        {editing ? (
          <DeadlinesForm mechanismId={mechanismId} deadlines={deadlines} onDone={() => setEditing(false)} />
        ) : (
          <>
            <DeadlinesTable deadlines={deadlines} />
            {mayConfigure && (
              <Box>
                <Button variant="outlined" onClick={() => setEditing(true)}>
                  {t('admin.deadlines.change')}
                </Button>
              </Box>
            )}
          </>
        )}
      </Stack>
    </Section>
  );
}

/** 1440 minutes read as "1 día", 90 as "90 minutos": the largest whole unit, in the user's language. */
export function formatDuration(minutes: number, language: Language): string {
  const [value, unit] =
    minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(INTL_LOCALES[language], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

function DeadlinesTable({ deadlines }: { deadlines: AdminDeadlineFragment[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <RecordTable
      label={t('admin.deadlines.title')}
      rows={deadlines}
      rowKey={(rule) => rule.urgency}
      columns={[
        { header: t('admin.deadlines.urgency'), cell: (rule) => t(`admin.urgency.${rule.urgency}`) },
        {
          header: t('admin.deadlines.acknowledge'),
          cell: (rule) => formatDuration(rule.acknowledgeWithinMinutes, language),
        },
        { header: t('admin.deadlines.answer'), cell: (rule) => formatDuration(rule.answerWithinMinutes, language) },
        {
          header: t('admin.deadlines.source'),
          cell: (rule) => (rule.configured ? t('admin.deadlines.configured') : t('admin.deadlines.default')),
        },
      ]}
    />
  );
}

function DeadlinesForm({
  mechanismId,
  deadlines,
  onDone,
}: {
  mechanismId: string;
  deadlines: AdminDeadlineFragment[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<string>();
  const [configure] = useMutation(ConfigureReferralDeadlinesDocument, { context });
  const { control, handleSubmit, formState } = useForm<DeadlineForm>({
    resolver: zodResolver(deadlineSchema),
    defaultValues: {
      deadlines: deadlines.map((rule) => ({
        urgency: rule.urgency,
        acknowledgeWithin: durationOf(rule.acknowledgeWithinMinutes),
        answerWithin: durationOf(rule.answerWithinMinutes),
      })),
    },
  });
  const submit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      await configure({
        variables: {
          mechanismId,
          deadlines: values.deadlines.map((rule) => ({
            urgency: rule.urgency,
            acknowledgeWithinMinutes: minutesOf(rule.acknowledgeWithin),
            answerWithinMinutes: minutesOf(rule.answerWithin),
          })),
        },
        refetchQueries: ['AdminMechanism'],
      });
      showNotice(t('admin.deadlines.saved'), 'success');
      onDone();
    } catch (error) {
      setServerError(translateAdminError(error, t).message);
    }
  });
  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('admin.deadlines.title')}>
      <Stack spacing={2}>
        {deadlines.map((rule, index) => (
          <Stack
            key={rule.urgency}
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: 'flex-start' }}
          >
            <Typography sx={{ minWidth: 120, pt: 2, fontWeight: 600 }}>{t(`admin.urgency.${rule.urgency}`)}</Typography>
            <DurationField
              control={control}
              name={`deadlines.${index}.acknowledgeWithin`}
              label={t('admin.deadlines.acknowledgeFor', { urgency: t(`admin.urgency.${rule.urgency}`) })}
            />
            <DurationField
              control={control}
              name={`deadlines.${index}.answerWithin`}
              label={t('admin.deadlines.answerFor', { urgency: t(`admin.urgency.${rule.urgency}`) })}
            />
          </Stack>
        ))}
        {serverError && (
          <Alert severity="error" role="alert">
            {serverError}
          </Alert>
        )}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('admin.saving') : t('admin.save')}
          </Button>
          <Button onClick={onDone}>{t('admin.cancel')}</Button>
        </Stack>
      </Stack>
    </Box>
  );
}

/** An amount and its unit (hours or days, a native select: the phone's own picker) in one field. */
function DurationField({
  control,
  name,
  label,
}: {
  control: Control<DeadlineForm>;
  name: `deadlines.${number}.acknowledgeWithin` | `deadlines.${number}.answerWithin`;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <FormTextField
      control={control}
      name={`${name}.amount`}
      label={label}
      slotProps={{
        htmlInput: { inputMode: 'numeric' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Controller
                control={control}
                name={`${name}.unit`}
                render={({ field }) => (
                  <NativeSelect
                    disableUnderline
                    sx={{ minWidth: 88 }}
                    value={field.value}
                    onChange={field.onChange}
                    inputProps={{ 'aria-label': t('admin.deadlines.unitOf', { field: label }) }}
                  >
                    <option value="HOURS">{t('admin.deadlines.hours')}</option>
                    <option value="DAYS">{t('admin.deadlines.days')}</option>
                  </NativeSelect>
                )}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
